// corpus_generator: a deterministic synthetic news corpus for benchmarking kgraph, with the gold
// facts it states.
//
//   corpus_generator --lexicon data/lexicon --size 10MB --seed 1 --out /tmp/corpus-10mb
//
// writes --out/aNNNN/wire-NNNNNN.txt (1,000 articles a folder, so that paths sort in the order
// the articles were written) and the gold file (--gold, default /tmp/corpus-10mb.gold.tsv, beside
// the folder so that ingesting the folder reads articles only) in the layout of
// data/eval/gold.tsv (`doc`, `subject`, `relation`, `object`; `doc` is the file name without
// `.txt`).
//
// Guarantees:
// - Deterministic: the same seed and the same lexicon files give the same bytes. The RNG and the
//   samplers are written here (std:: distributions differ between standard libraries).
// - Prefix-stable: article i depends only on (seed, i), never on the size asked for, so a smaller
//   corpus is the first articles of a larger one and its gold the first rows of the larger gold.
// - The gold holds exactly the facts the fact sentences state, in ONTOLOGY.md's vocabulary and
//   conventions: canonical names, symmetric relations once with the ends in alphabetical order,
//   "Russia's Kursk region" giving located-in, a head-of title giving leads. About half the
//   sentences are filler that states no fact: dates, numbers, "U.S.", "Mr.", "Gen.", quotes,
//   negations and hedges between two entities.
//
// Names come from the lexicon's entities/*.tsv: every country, the places that lie in a country
// (regions and cities, part_of), international organizations and armed groups named in the
// lists below when the lexicon has them, and people. A surface form (alias, demonym, metonym) is
// used only when the lexicon gives it to that entity alone, so the text never depends on which
// entity wins an ambiguous alias. Further people are generated from syllables, each introduced
// with a title.

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <tuple>
#include <vector>

#include "core/ontology.h"
#include "extract/lexicon.h"
#include "extract/tokenizer.h"

namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// Randomness: splitmix64, seeded per article, so article i is a pure function of (seed, i).

class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); n > 0. The modulo bias is irrelevant at these sizes and deterministic.
    std::size_t below(const std::size_t n) { return static_cast<std::size_t>(next() % n); }
    std::size_t between(const std::size_t lo, const std::size_t hi) { return lo + below(hi - lo + 1); }
    bool chance(const int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[below(items.size())];
    }

private:
    std::uint64_t state_;
};

// Heavy-tailed choice over a list: item k has weight 1 / (k + 1)^1.1, so a few countries are in
// most articles and the rest appear now and then, as in news.
class ZipfSampler {
public:
    explicit ZipfSampler(const std::size_t n) {
        double total = 0;
        for (std::size_t k = 0; k < n; ++k) {
            total += 1.0 / std::pow(static_cast<double>(k + 1), 1.1);
            cumulative_.push_back(total);
        }
        for (double& c : cumulative_) {
            c /= total;
        }
    }
    std::size_t sample(Rng& rng) const {
        const double u = static_cast<double>(rng.next() >> 11) * 0x1.0p-53;
        const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
        return std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()),
                                     cumulative_.size() - 1);
    }

private:
    std::vector<double> cumulative_;
};

// ---------------------------------------------------------------------------------------------
// The lexicon's entities, as kgraph compiles them (extract::Lexicon).

struct LexEntity {
    std::string name;
    std::string type;
    std::vector<std::string> aliases;
    std::vector<std::string> demonyms;
    std::vector<std::string> metonyms;
    std::string part_of;
};

bool starts_upper(const std::string_view s) {
    // ASCII capitals, or any non-ASCII first byte (É, Ö, ...): close enough for the names here.
    return !s.empty() && ((s[0] >= 'A' && s[0] <= 'Z') || static_cast<unsigned char>(s[0]) >= 0x80);
}

class LexiconNames {
public:
    explicit LexiconNames(const fs::path& dir)
        : lexicon_(kg::extract::read_lexicon_dir(dir.string())) {
        for (const kg::extract::LexiconEntity& entity : lexicon_.entities()) {
            LexEntity e{entity.name, std::string(kg::to_string(entity.type)), {}, {}, {},
                        entity.part_of};
            for (std::size_t k = 0; k < entity.aliases.size(); ++k) {
                using Kind = kg::extract::SurfaceKind;
                const Kind kind = entity.alias_kinds[k];
                (kind == Kind::kDemonym   ? e.demonyms
                 : kind == Kind::kMetonym ? e.metonyms
                                          : e.aliases)
                    .push_back(entity.aliases[k]);
            }
            by_name_.emplace(e.name, entities_.size());
            entities_.push_back(std::move(e));
        }
        if (entities_.empty()) {
            throw std::runtime_error("no entities in the lexicon at " + dir.string());
        }
        // Which entities claim each node of the name trie: a surface whose node has one
        // claimant finds that entity and no other.
        for (std::size_t i = 0; i < entities_.size(); ++i) {
            const LexEntity& e = entities_[i];
            for (const auto* list : {&e.aliases, &e.demonyms, &e.metonyms}) {
                for (const auto& surface : *list) {
                    claim(surface, i);
                }
            }
            claim(e.name, i);
        }
    }

    const std::vector<LexEntity>& entities() const { return entities_; }

    std::optional<std::size_t> find(const std::string& name) const {
        const auto it = by_name_.find(name);
        return it == by_name_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    }

    // True when `surface` finds entity i and nothing else: safe to write for it.
    bool owns(const std::size_t i, const std::string& surface) const {
        const auto node = trie_node(surface);
        if (!node) {
            return false;
        }
        const auto it = claimants_.find(*node);
        return it != claimants_.end() && it->second == std::set<std::size_t>{i};
    }

private:
    // The node of the name trie a surface ends at, found as kgraph finds names in text.
    std::optional<std::uint32_t> trie_node(const std::string& surface) const {
        std::vector<kg::extract::Token> tokens;
        kg::extract::FoldedText folded;
        kg::extract::tokenize(surface, 0, surface.size(), tokens, folded);
        if (tokens.size() > 1 && tokens.front().norm == "the") {
            tokens.erase(tokens.begin());
        }
        std::uint32_t node = kg::extract::TokenTrie::kRoot;
        for (const auto& token : tokens) {
            node = lexicon_.names().step(node, token.norm);
            if (node == kg::extract::TokenTrie::kRoot) {
                return std::nullopt;
            }
        }
        return tokens.empty() ? std::nullopt : std::optional<std::uint32_t>(node);
    }

    void claim(const std::string& surface, const std::size_t i) {
        if (const auto node = trie_node(surface)) {
            claimants_[*node].insert(i);
        }
    }

    kg::extract::Lexicon lexicon_;
    std::vector<LexEntity> entities_;
    std::unordered_map<std::string, std::size_t> by_name_;
    std::unordered_map<std::uint32_t, std::set<std::size_t>> claimants_;
};

// ---------------------------------------------------------------------------------------------
// The cast an article draws on.

enum class Kind { kCountry, kOrganization, kGroup, kPerson, kRegion };

struct Actor {
    std::string name;                    // canonical: what the gold says
    Kind kind = Kind::kCountry;
    std::vector<std::string> surfaces;   // ways to write it as a subject, name first
    std::vector<std::string> demonyms;   // "North Korean"
    bool article = false;                // "the United States", "the European Union"
    std::string part_of;                 // regions: the country they lie in
};

// International organizations and armed groups the articles use, when the lexicon has them.
constexpr std::string_view kOrganizations[] = {
    "NATO", "European Union", "United Nations", "UN Security Council", "African Union",
    "ASEAN", "G7", "G20", "BRICS", "OPEC", "Shanghai Cooperation Organisation", "SCO", "CSTO",
    "OSCE", "Arab League", "Gulf Cooperation Council", "IAEA", "World Trade Organization", "WTO",
    "IMF", "World Bank", "ICC", "Council of Europe", "ECOWAS", "Mercosur",
    "Organization of American States", "Eurasian Economic Union", "OECD", "UN General Assembly",
};
constexpr std::string_view kGroups[] = {
    "Hamas", "Hezbollah", "Houthis", "Taliban", "Islamic State", "Wagner Group", "Al-Shabaab",
    "Boko Haram", "M23", "Rapid Support Forces", "PKK", "Arakan Army",
};

// Countries written with "the" in running text.
bool takes_article(const std::string& name) {
    static const std::set<std::string> kNames{
        "Bahamas", "Gambia", "Netherlands", "Philippines", "Maldives", "Comoros", "Seychelles",
        "Marshall Islands", "Solomon Islands", "Czech Republic", "Dominican Republic",
        "Central African Republic", "Democratic Republic of the Congo", "Republic of the Congo",
        "United Arab Emirates", "United Kingdom", "United States", "Vatican City",
        "Faroe Islands", "Falkland Islands"};
    return kNames.count(name) > 0;
}

struct Cast {
    std::vector<Actor> countries;  // in a fixed shuffled order: the Zipf rank
    std::vector<Actor> organizations;
    std::vector<Actor> groups;
    std::vector<Actor> people;     // from the lexicon
    std::vector<Actor> regions;    // each with part_of among the countries
};

Cast build_cast(const LexiconNames& lex) {
    Cast cast;
    const auto& all = lex.entities();
    const auto usable = [&](const std::size_t i, const std::vector<std::string>& list) {
        std::vector<std::string> out;
        for (const auto& s : list) {
            if (lex.owns(i, s) && starts_upper(s) && s.find_first_of("()\"") == std::string::npos) {
                out.push_back(s);
            }
        }
        return out;
    };
    std::set<std::string> country_names;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const LexEntity& e = all[i];
        if (e.type != "country" || !lex.owns(i, e.name) || !starts_upper(e.name)) {
            continue;
        }
        Actor a{e.name, Kind::kCountry, {e.name}, usable(i, e.demonyms), takes_article(e.name), {}};
        // Aliases that read as a name (not all capitals, no "Republic of ..." formalities) and
        // capitals as metonyms, both as subjects only.
        for (const auto& s : usable(i, e.aliases)) {
            const bool caps = std::all_of(s.begin(), s.end(), [](const char c) {
                return !(c >= 'a' && c <= 'z');
            });
            if (!caps && s.find("Republic") == std::string::npos &&
                s.find(" of ") == std::string::npos && s.find('.') == std::string::npos) {
                a.surfaces.push_back(s);
            }
        }
        for (const auto& s : usable(i, e.metonyms)) {
            if (s.find(' ') == std::string::npos) {
                a.surfaces.push_back(s);
            }
        }
        // Demonyms that are also the plural noun ("Afghans") read badly before "troops".
        std::erase_if(a.demonyms, [](const std::string& d) {
            return d.ends_with("s") && !d.ends_with("ese");
        });
        country_names.insert(e.name);
        cast.countries.push_back(std::move(a));
    }
    const auto named = [&](const std::string_view name, const Kind kind, std::vector<Actor>& to) {
        const auto i = lex.find(std::string(name));
        if (!i || all[*i].type != "organization" || !lex.owns(*i, all[*i].name)) {
            return;
        }
        const std::string& n = all[*i].name;
        const bool caps = std::none_of(n.begin(), n.end(), [](const char c) {
            return c >= 'a' && c <= 'z';
        });
        to.push_back({n, kind, {n}, {}, kind == Kind::kOrganization && !caps, {}});
    };
    for (const auto name : kOrganizations) {
        named(name, Kind::kOrganization, cast.organizations);
    }
    for (const auto name : kGroups) {
        named(name, Kind::kGroup, cast.groups);
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
        const LexEntity& e = all[i];
        if (e.type == "person" && lex.owns(i, e.name) && starts_upper(e.name) &&
            e.name.find(' ') != std::string::npos) {
            cast.people.push_back({e.name, Kind::kPerson, {e.name}, {}, false, {}});
        }
        if (e.type == "location" && country_names.count(e.part_of) > 0 && lex.owns(i, e.name) &&
            starts_upper(e.name) && e.name.find(' ') == std::string::npos) {
            cast.regions.push_back({e.name, Kind::kRegion, {e.name}, {}, false, e.part_of});
        }
    }
    if (cast.countries.size() < 20 || cast.organizations.size() < 5 || cast.regions.empty()) {
        throw std::runtime_error("the lexicon has too few countries, organizations or regions");
    }
    // A fixed shuffle (seed-independent) decides which countries are frequent.
    Rng order(0x6b67726170680001ULL);
    for (std::size_t k = cast.countries.size(); k > 1; --k) {
        std::swap(cast.countries[k - 1], cast.countries[order.below(k)]);
    }
    return cast;
}

// ---------------------------------------------------------------------------------------------
// Templates. A fact template is one sentence with slots and the facts it states; a filler
// template states none. Slots:
//
//   {S} {O}      subject and object, written by name (a subject may be an alias or a capital)
//   {tS} {tO}    the same with "the" where the name takes it ("the United States")
//   {dS}         the subject's demonym ("North Korean"); only countries that have one
//   {tS2} {tO2}  a second subject or object, coordinated with the first ("Russia and Belarus"):
//                the template's fact holds for every subject and object
//   {R}          a region of the object country ("Kursk" for Russia): the object becomes
//                "{O}'s {R} region" and the template's facts to O hold for R too, plus R
//                located-in O
//   {N} {M}      numbers; {TROOPS} {GOODS} {TECH} {DAY} nouns and days
//
// Roles say what may fill a slot: c country, o organization, g armed group, p person, r region.

struct FactTemplate {
    std::string_view relation;
    std::string_view s_roles;
    std::string_view o_roles;
    std::string_view text;
    bool region = false;  // the object is "{O}'s {R} region"
};

constexpr FactTemplate kFacts[] = {
    // deploys-to
    {"deploys-to", "c", "c", "{tS} has deployed {N} {TROOPS} to {tO}.", false},
    {"deploys-to", "c", "c", "{dS} {AGENTS} have been deployed to {tO}, officials said.", false},
    {"deploys-to", "c", "c", "{tS} sent {N} additional {TROOPS} to {R}.", true},
    {"deploys-to", "c", "c", "The deployment of {dS} forces to {tO} was confirmed by satellite images.", false},
    {"deploys-to", "c", "c", "{dS} soldiers were stationed in {R} earlier this year.", true},
    {"deploys-to", "c", "c", "{tS} and {tS2} have deployed {N} {TROOPS} to {tO}.", false},
    // warns-of
    {"warns-of", "pco", "c", "{tS} warned of a growing danger from {O}.", false},
    {"warns-of", "pco", "co", "{tS} has warned about {tO} repeatedly.", false},
    {"warns-of", "pc", "c", "{tS} warned that {tO} was rearming quickly.", false},
    // exchanges-tech-with
    {"exchanges-tech-with", "c", "c", "{tS} and {tO} have shared {TECH} technology.", false},
    {"exchanges-tech-with", "c", "c", "{tS} exchanged {TECH} know-how with {O}.", false},
    {"exchanges-tech-with", "c", "c", "Analysts pointed to the transfer of {TECH} technology between {S} and {O}.", false},
    // supplies
    {"supplies", "co", "cg", "{tS} has supplied {GOODS} to {tO}.", false},
    {"supplies", "c", "c", "{tS} is providing {tO} with {GOODS}.", false},
    {"supplies", "c", "c", "{tO} has been supplied with {GOODS} by {S}.", false},
    {"supplies", "c", "cg", "Shipments of {GOODS} from {S} to {tO} rose sharply in {YEAR}.", false},
    // supports
    {"supports", "co", "cog", "{tS} has long supported {tO}.", false},
    {"supports", "co", "co", "{tS} reaffirmed its support for {tO} on {DAY}.", false},
    {"supports", "c", "c", "{tS} stands with {tO}, the statement said.", false},
    // allied-with
    {"allied-with", "c", "c", "Officials described the growing alliance between {S} and {O}.", false},
    {"allied-with", "c", "c", "{tS} and {tO} have forged a military alliance.", false},
    {"allied-with", "c", "c", "{tS} is a close ally of {tO}.", false},
    // fights
    {"fights", "cg", "cg", "{tS}'s war against {tO} entered its {ORD} year.", false},
    {"fights", "cg", "c", "{tS} launched airstrikes on {tO} overnight.", false},
    {"fights", "cg", "c", "{tO} was attacked by {S} on {DAY}.", false},
    {"fights", "c", "c", "{tS} launched an offensive against {R}.", true},
    // threatens
    {"threatens", "cg", "c", "{tS} poses a direct threat to {tO}.", false},
    {"threatens", "c", "c", "{tS} threatened {tO} with retaliation.", false},
    // sanctions
    {"sanctions", "co", "cg", "{tS} imposed new sanctions on {tO}.", false},
    {"sanctions", "co", "c", "{tS} sanctioned {tO} over its missile program.", false},
    {"sanctions", "co", "c", "{tO} was sanctioned by {S} in {YEAR}.", false},
    {"sanctions", "co", "c", "{tS} imposed sanctions on {tO} and {tO2} on {DAY}.", false},
    // member-of
    {"member-of", "c", "o", "{tS} joined {tO} in {YEAR}.", false},
    {"member-of", "c", "o", "{tS} is a member of {tO}.", false},
    {"member-of", "c", "o", "{tS}'s accession to {tO} was approved on {DAY}.", false},
    // located-in (regions only; the object is the region's country)
    {"located-in", "r", "c", "{tS} is located in {tO}.", false},
    // meets-with
    {"meets-with", "pc", "pc", "{tS} met {tO} on {DAY}.", false},
    {"meets-with", "pc", "c", "{tS} held talks with {tO} on security.", false},
    {"meets-with", "c", "c", "{tS} and {tO} held talks on {DAY}.", false},
    // criticizes
    {"criticizes", "pco", "cog", "{tS} condemned {tO} for the attack.", false},
    {"criticizes", "pco", "co", "{tO} was criticized by {S} on {DAY}.", false},
    {"criticizes", "co", "co", "{tS}'s condemnation of {tO} drew a sharp response.", false},
    {"criticizes", "pco", "c", "{tS} condemned {tO} and {tO2} for the strikes.", false},
    // urges
    {"urges", "pco", "co", "{tS} urged {tO} to show restraint.", false},
    {"urges", "pco", "c", "{tS} called on {tO} to withdraw its forces.", false},
    {"urges", "c", "c", "{tS} and {tS2} urged {tO} to return to talks.", false},
    // cooperates-with
    {"cooperates-with", "c", "c", "{tS} and {tO} signed a trade agreement.", false},
    {"cooperates-with", "c", "co", "{tS} signed an energy deal with {tO}.", false},
    {"cooperates-with", "c", "c", "{tS} cooperates closely with {tO} on energy.", false},
};

// Sentences that state no fact. {X} and {Y} are entities (two of them in a negated or hedged
// sentence), {P} a person's surname, {G} a generated general.
constexpr std::string_view kFillers[] = {
    "On {MON}. {D}, {YEAR}, the ministry published new figures.",
    "The budget rose {PCT} percent to ${BIL} billion, according to the finance ministry.",
    "Officials said about {N} people attended the meeting in {X}.",
    "The talks were held in the U.S. The delegation left on {DAY}.",
    "A spokesman for the U.S. embassy declined to comment.",
    "Mr. {P} declined to comment on the report.",
    "Gen. {G} told reporters that {PCT} percent of the equipment was ready.",
    "\"We are watching the situation very closely,\" a senior diplomat said.",
    "\"Nothing has been decided yet,\" the official told reporters on {DAY}.",
    "{tX} did not deploy troops to {tY}, the ministry said.",
    "{tX} denied supplying weapons to {tY}.",
    "There is no evidence that {X} has supplied drones to {tY}, analysts said.",
    "{tX} may consider sending troops to {tY} next year.",
    "{tX} could impose sanctions on {tY} if the talks fail.",
    "{tX} has never been an ally of {tY}.",
    "Inflation in {X} reached {PCT} percent in {MONTH}, the highest level since {YEAR}.",
    "The meeting is scheduled for {MON}. {D} at {H} p.m. local time.",
    "Prices for wheat and fuel fell {PCT} percent last week.",
    "The report, published on {DAY}, runs to {N} pages.",
    "Analysts expect the economy to grow by {PCT} percent this year.",
    "The vote was postponed until {MONTH} after a procedural dispute.",
    "Satellite images taken on {MON}. {D} show new construction near the border.",
    "About {N} people were displaced by the flooding, aid workers said.",
    "Diplomats in {X} said the atmosphere at the talks was tense.",
};

constexpr std::string_view kTroops[] = {"troops", "soldiers", "personnel", "engineers",
                                        "military advisers", "artillery units"};
// Nouns for who acts for a country right after its demonym ("North Korean troops").
constexpr std::string_view kAgents[] = {"troops", "soldiers", "forces", "personnel"};
constexpr std::string_view kGoods[] = {"artillery shells", "drones", "ammunition", "missiles",
                                       "air defense systems", "fuel", "military equipment",
                                       "armored vehicles"};
constexpr std::string_view kTech[] = {"missile", "nuclear", "military", "satellite", "drone",
                                      "submarine"};
constexpr std::string_view kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                      "Saturday", "Sunday"};
constexpr std::string_view kMonths[] = {"January", "February", "March",     "April",
                                        "May",     "June",     "July",      "August",
                                        "September", "October", "November", "December"};
constexpr std::string_view kMonthAbbrevs[] = {"Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"};
constexpr std::string_view kOrdinals[] = {"second", "third", "fourth", "fifth"};
constexpr std::string_view kSources[] = {"kgraph synthetic wire", "kgraph synthetic desk",
                                         "kgraph synthetic analysis"};

// Titles for generated people: "{C} President {P}" states leads; the others state nothing.
struct PersonTitle {
    std::string_view title;
    bool leads;
    bool of_organization;  // held at an organization rather than a country
};
constexpr PersonTitle kTitles[] = {
    {"President", true, false},        {"Prime Minister", true, false},
    {"Foreign Minister", false, false}, {"Defense Minister", false, false},
    {"Secretary-General", true, true}, {"Ambassador", false, false},
};

constexpr std::string_view kSyllables[] = {
    "ka", "vo", "ri", "len", "mar", "tes", "do", "ran", "sel", "vi", "na", "bor", "ti",
    "gal", "ro", "mi", "sha", "ven", "lu", "dor", "ka", "ne", "zu", "pel", "fa", "min",
};
constexpr std::string_view kSurnameEnds[] = {"ov", "ski", "enko", "ani", "ez", "sson", "ic",
                                             "ard", "escu", "ova"};

std::string capitalize(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') {
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    }
    return s;
}

std::string generated_name(Rng& rng, const bool surname) {
    std::string s;
    const std::size_t n = rng.between(2, 3);
    for (std::size_t k = 0; k < n; ++k) {
        s += kSyllables[rng.below(std::size(kSyllables))];
    }
    if (surname) {
        s += kSurnameEnds[rng.below(std::size(kSurnameEnds))];
    }
    return capitalize(s);
}

// ---------------------------------------------------------------------------------------------
// One article.

struct Fact {
    std::string subject;
    std::string relation;
    std::string object;
    bool operator<(const Fact& o) const {
        return std::tie(subject, relation, object) < std::tie(o.subject, o.relation, o.object);
    }
};

bool symmetric(const std::string_view relation) {
    return relation == "exchanges-tech-with" || relation == "allied-with" ||
           relation == "meets-with" || relation == "cooperates-with";
}

struct GeneratedPerson {
    Actor actor;
    std::string intro;  // the sentence that introduces them with their title
};

class ArticleWriter {
public:
    ArticleWriter(const Cast& cast, const ZipfSampler& zipf, const std::uint64_t seed,
                  const std::uint64_t index)
        : cast_(cast), zipf_(zipf), rng_(seed * 0x100000001B3ULL + index * 0x9E3779B97F4A7C15ULL) {}

    // The article's text, and its facts (distinct, symmetric ones in canonical order).
    std::string write(std::set<Fact>& facts) {
        facts_ = &facts;
        // A few countries and organizations this article is about, and its people.
        for (int k = 0; k < 4; ++k) {
            focus_.push_back(&cast_.countries[zipf_.sample(rng_)]);
        }
        make_people();

        std::vector<std::string> sentences;
        for (const auto& p : people_) {
            sentences.push_back(p.intro);
        }
        const std::size_t target = rng_.between(24, 60);
        while (sentences.size() < target) {
            if (rng_.chance(50)) {
                sentences.push_back(fact_sentence());
            } else {
                sentences.push_back(filler_sentence());
            }
        }
        // Header block, then paragraphs of 1 to 4 sentences.
        std::string out = headline();
        out += "Date: " + date() + "\n";
        out += "Source: " + std::string(kSources[rng_.below(std::size(kSources))]) + "\n\n";
        std::size_t i = 0;
        while (i < sentences.size()) {
            const std::size_t n = std::min(rng_.between(1, 4), sentences.size() - i);
            for (std::size_t k = 0; k < n; ++k) {
                out += sentences[i + k];
                out += k + 1 < n ? " " : "\n\n";
            }
            i += n;
        }
        out.pop_back();
        return out;
    }

private:
    const Actor& country() {
        // Mostly the article's focus countries, sometimes any country.
        if (rng_.chance(70)) {
            return *focus_[rng_.below(focus_.size())];
        }
        return cast_.countries[zipf_.sample(rng_)];
    }

    void make_people() {
        const std::size_t n = rng_.between(0, 2);
        for (std::size_t k = 0; k < n; ++k) {
            const PersonTitle& t = kTitles[rng_.below(std::size(kTitles))];
            const Actor& where =
                t.of_organization ? rng_.pick(cast_.organizations) : country();
            Actor person{generated_name(rng_, false) + " " + generated_name(rng_, true),
                         Kind::kPerson, {}, {}, false, {}};
            person.surfaces.push_back(person.name);
            std::string holder = where.article ? "the " + where.name : where.name;
            if (!where.article && !where.demonyms.empty() && rng_.chance(50)) {
                holder = where.demonyms.front();  // "Russian President ..."
            }
            static constexpr std::string_view kIntros[] = {
                "{H} {T} {P} spoke to reporters on {DAY}.",
                "{H} {T} {P} arrived for the meeting late on {DAY}.",
                "In a speech on {DAY}, {H} {T} {P} described the situation as serious.",
            };
            std::string intro(kIntros[rng_.below(std::size(kIntros))]);
            replace(intro, "{H}", holder);
            replace(intro, "{T}", t.title);
            replace(intro, "{P}", person.name);
            intro = expand_common(intro);
            intro = capitalize(intro);
            if (t.leads) {
                add_fact(person.name, "leads", where.name);
            }
            people_.push_back({std::move(person), std::move(intro)});
        }
    }

    const Actor* actor_for(const std::string_view roles, const Actor* other, const bool agent) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const char role = roles[rng_.below(roles.size())];
            const Actor* a = nullptr;
            switch (role) {
                case 'c':
                    a = &country();
                    break;
                case 'o':
                    a = &rng_.pick(cast_.organizations);
                    break;
                case 'g':
                    if (!cast_.groups.empty()) {
                        a = &rng_.pick(cast_.groups);
                    }
                    break;
                case 'p':
                    if (!people_.empty() && rng_.chance(60)) {
                        a = &people_[rng_.below(people_.size())].actor;
                    } else if (!cast_.people.empty()) {
                        a = &rng_.pick(cast_.people);
                    }
                    break;
                case 'r':
                    a = &rng_.pick(cast_.regions);
                    break;
                default:
                    break;
            }
            if (a == nullptr || a == other || (other != nullptr && a->name == other->name)) {
                continue;
            }
            if (agent && a->demonyms.empty()) {
                continue;
            }
            return a;
        }
        return nullptr;
    }

    static void replace(std::string& text, const std::string_view slot, const std::string_view value) {
        for (std::size_t pos = text.find(slot); pos != std::string::npos;
             pos = text.find(slot, pos + value.size())) {
            text.replace(pos, slot.size(), value);
        }
    }

    std::string number() {
        switch (rng_.below(4)) {
            case 0:
                return std::to_string(rng_.between(2, 99) * 100);
            case 1: {
                const std::size_t thousands = rng_.between(1, 30);
                return std::to_string(thousands) + ",000";
            }
            case 2:
                return std::to_string(rng_.between(2, 90) * 1000);
            default:
                return std::to_string(rng_.between(12, 950));
        }
    }

    std::string expand_common(std::string text) {
        const auto fill = [&](const std::string_view slot, const auto& make) {
            while (text.find(slot) != std::string::npos) {
                const std::size_t pos = text.find(slot);
                text.replace(pos, slot.size(), make());
            }
        };
        fill("{N}", [&] { return number(); });
        fill("{PCT}", [&] {
            return std::to_string(rng_.between(1, 19)) + "." + std::to_string(rng_.below(10));
        });
        fill("{BIL}", [&] {
            return std::to_string(rng_.between(1, 90)) + "." + std::to_string(rng_.below(10));
        });
        fill("{AGENTS}", [&] { return std::string(kAgents[rng_.below(std::size(kAgents))]); });
        fill("{TROOPS}", [&] { return std::string(kTroops[rng_.below(std::size(kTroops))]); });
        fill("{GOODS}", [&] { return std::string(kGoods[rng_.below(std::size(kGoods))]); });
        fill("{TECH}", [&] { return std::string(kTech[rng_.below(std::size(kTech))]); });
        fill("{DAY}", [&] { return std::string(kDays[rng_.below(std::size(kDays))]); });
        fill("{MONTH}", [&] { return std::string(kMonths[rng_.below(std::size(kMonths))]); });
        fill("{MON}",
             [&] { return std::string(kMonthAbbrevs[rng_.below(std::size(kMonthAbbrevs))]); });
        fill("{D}", [&] { return std::to_string(rng_.between(1, 28)); });
        fill("{H}", [&] { return std::to_string(rng_.between(1, 11)); });
        fill("{YEAR}", [&] { return std::to_string(rng_.between(2015, 2024)); });
        fill("{ORD}", [&] { return std::string(kOrdinals[rng_.below(std::size(kOrdinals))]); });
        fill("{P}", [&] { return generated_name(rng_, true); });
        fill("{G}", [&] { return generated_name(rng_, false) + " " + generated_name(rng_, true); });
        return text;
    }

    // How an actor is written in a slot. A subject may be an alias or a capital ("Moscow");
    // an object is written by name, with "the" where the name takes it and the slot allows.
    std::string written(const Actor& a, const bool subject, const bool with_article) {
        std::string s = a.name;
        if (subject && a.surfaces.size() > 1 && rng_.chance(30)) {
            s = a.surfaces[1 + rng_.below(a.surfaces.size() - 1)];
        }
        if (with_article && a.article && s == a.name) {
            s = "the " + s;
        }
        return s;
    }

    void add_fact(std::string subject, const std::string_view relation, std::string object) {
        if (subject == object) {
            return;
        }
        if (symmetric(relation) && object < subject) {
            std::swap(subject, object);
        }
        facts_->insert({std::move(subject), std::string(relation), std::move(object)});
    }

    std::string fact_sentence() {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const FactTemplate& t = kFacts[rng_.below(std::size(kFacts))];
            const std::string text(t.text);
            const bool agent = text.find("{dS}") != std::string::npos;
            const Actor* s = actor_for(t.s_roles, nullptr, agent);
            if (s == nullptr) {
                continue;
            }
            const Actor* o = nullptr;
            if (t.relation == "located-in") {
                o = &cast_.countries.front();
                for (const auto& c : cast_.countries) {
                    if (c.name == s->part_of) {
                        o = &c;
                    }
                }
            } else {
                o = actor_for(t.o_roles, s, false);
            }
            if (o == nullptr || o->name == s->name) {
                continue;
            }
            const Actor* region = nullptr;
            if (t.region) {
                // A region of some country: the object becomes that country.
                region = &rng_.pick(cast_.regions);
                o = nullptr;
                for (const auto& c : cast_.countries) {
                    if (c.name == region->part_of) {
                        o = &c;
                    }
                }
                if (o == nullptr || o->name == s->name) {
                    continue;
                }
            }
            std::vector<const Actor*> subjects{s};
            std::vector<const Actor*> objects{o};
            const auto second = [&](const std::string_view slot, const std::string_view roles,
                                    std::vector<const Actor*>& to) {
                if (text.find(slot) == std::string::npos) {
                    return true;
                }
                for (int k = 0; k < 20; ++k) {
                    const Actor* a = actor_for(roles, nullptr, false);
                    if (a != nullptr && a->name != s->name && a->name != o->name) {
                        to.push_back(a);
                        return true;
                    }
                }
                return false;
            };
            if (!second("{tS2}", t.s_roles, subjects) || !second("{tO2}", t.o_roles, objects)) {
                continue;
            }
            std::string out = text;
            if (subjects.size() > 1) {
                replace(out, "{tS2}", written(*subjects[1], false, true));
            }
            if (objects.size() > 1) {
                replace(out, "{tO2}", written(*objects[1], false, true));
            }
            replace(out, "{dS}", s->demonyms.empty() ? s->name : rng_.pick(s->demonyms));
            replace(out, "{tS}", written(*s, true, true));
            replace(out, "{S}", written(*s, true, false));
            if (region != nullptr) {
                replace(out, "{R}", o->name + "'s " + region->name + " region");
            }
            replace(out, "{tO}", written(*o, false, true));
            replace(out, "{O}", written(*o, false, false));
            out = capitalize(expand_common(out));
            // Now and then the sentence is a quoted claim, still a fact of the text.
            if (rng_.chance(10) && out.back() == '.') {
                out = "\"" + out.substr(0, out.size() - 1) + ",\" a spokesperson said.";
            }
            for (const Actor* subject : subjects) {
                for (const Actor* object : objects) {
                    add_fact(subject->name, t.relation, object->name);
                }
            }
            if (region != nullptr) {
                add_fact(s->name, t.relation, region->name);
                add_fact(region->name, "located-in", o->name);
            }
            return out;
        }
        return filler_sentence();
    }

    std::string filler_sentence() {
        std::string out(kFillers[rng_.below(std::size(kFillers))]);
        const Actor& x = country();
        replace(out, "{tX}", written(x, true, true));
        replace(out, "{X}", written(x, true, false));
        if (out.find("{tY}") != std::string::npos) {
            const Actor* y = actor_for("c", &x, false);
            replace(out, "{tY}", y != nullptr ? written(*y, false, true) : "its neighbours");
        }
        return capitalize(expand_common(out));
    }

    std::string headline() {
        static constexpr std::string_view kHeadlines[] = {
            "Diplomats weigh next steps on {X}", "Tensions rise as {X} faces new pressure",
            "What we know about the crisis around {X}", "Officials in {X} brace for a long winter",
        };
        std::string out(kHeadlines[rng_.below(std::size(kHeadlines))]);
        replace(out, "{X}", country().name);
        return out + "\n";
    }

    std::string date() {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%04zu-%02zu-%02zu", rng_.between(2015, 2024),
                      rng_.between(1, 12), rng_.between(1, 28));
        return buffer;
    }

    const Cast& cast_;
    const ZipfSampler& zipf_;
    Rng rng_;
    std::vector<const Actor*> focus_;
    std::vector<GeneratedPerson> people_;
    std::set<Fact>* facts_ = nullptr;
};

// ---------------------------------------------------------------------------------------------

std::uint64_t parse_size(const std::string& text) {
    std::uint64_t value = 0;
    const char* end = text.data() + text.size();
    const auto r = std::from_chars(text.data(), end, value);
    if (r.ec != std::errc()) {
        throw std::runtime_error("bad size '" + text + "' (e.g. 100KB, 10MB)");
    }
    const std::string unit(r.ptr, end);
    if (unit.empty() || unit == "B") {
        return value;
    }
    if (unit == "KB" || unit == "K") {
        return value * 1000;
    }
    if (unit == "MB" || unit == "M") {
        return value * 1000 * 1000;
    }
    if (unit == "GB" || unit == "G") {
        return value * 1000 * 1000 * 1000;
    }
    throw std::runtime_error("bad size unit '" + unit + "' (B, KB, MB or GB)");
}

constexpr const char* kUsage =
    "usage: corpus_generator --lexicon DIR --size SIZE --out DIR [--gold FILE] [--seed N]\n"
    "  SIZE like 100KB, 10MB, 100MB: articles are written until the corpus reaches it.\n"
    "  Writes DIR/aNNNN/wire-NNNNNN.txt (DIR must not exist or be empty) and the gold facts\n"
    "  to FILE (default: DIR.gold.tsv beside DIR).\n";

int run(int argc, char** argv) {
    fs::path lexicon_dir;
    fs::path out_dir;
    fs::path gold_path;
    std::uint64_t size = 0;
    std::uint64_t seed = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                throw std::runtime_error(arg + " needs a value");
            }
            return argv[++i];
        };
        if (arg == "--lexicon") {
            lexicon_dir = value();
        } else if (arg == "--out") {
            out_dir = value();
        } else if (arg == "--gold") {
            gold_path = value();
        } else if (arg == "--size") {
            size = parse_size(value());
        } else if (arg == "--seed") {
            seed = std::stoull(value());
        } else if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else {
            throw std::runtime_error("unknown argument " + arg);
        }
    }
    if (lexicon_dir.empty() || out_dir.empty() || size == 0) {
        std::cerr << kUsage;
        return 2;
    }
    if (fs::exists(out_dir) && !fs::is_empty(out_dir)) {
        throw std::runtime_error(out_dir.string() + " exists and is not empty");
    }
    fs::create_directories(out_dir);
    if (gold_path.empty()) {
        gold_path = out_dir.lexically_normal();
        if (!gold_path.has_filename()) {
            gold_path = gold_path.parent_path();
        }
        gold_path += ".gold.tsv";
    }

    const LexiconNames lex(lexicon_dir);
    const Cast cast = build_cast(lex);
    const ZipfSampler zipf(cast.countries.size());

    std::ofstream gold(gold_path, std::ios::binary);
    gold << "doc\tsubject\trelation\tobject\n";
    std::uint64_t written = 0;
    std::uint64_t facts = 0;
    std::uint64_t index = 0;
    std::string folder;
    while (written < size) {
        std::set<Fact> doc_facts;
        ArticleWriter writer(cast, zipf, seed, index);
        const std::string text = writer.write(doc_facts);
        char name[32];
        std::snprintf(name, sizeof name, "wire-%06llu", static_cast<unsigned long long>(index));
        char dir[32];
        std::snprintf(dir, sizeof dir, "a%04llu", static_cast<unsigned long long>(index / 1000));
        if (folder != dir) {
            folder = dir;
            fs::create_directories(out_dir / folder);
        }
        std::ofstream file(out_dir / folder / (std::string(name) + ".txt"), std::ios::binary);
        file << text;
        if (!file) {
            throw std::runtime_error("cannot write under " + out_dir.string());
        }
        for (const Fact& f : doc_facts) {
            gold << name << '\t' << f.subject << '\t' << f.relation << '\t' << f.object << '\n';
        }
        written += text.size();
        facts += doc_facts.size();
        ++index;
    }
    if (!gold.flush()) {
        throw std::runtime_error("cannot write the gold file");
    }
    std::cerr << "corpus_generator: " << index << " articles, " << written << " bytes, " << facts
              << " gold facts in " << out_dir.string() << " and " << gold_path.string() << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "corpus_generator: " << e.what() << "\n";
        return 1;
    }
}
