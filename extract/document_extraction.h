#pragma once

// The extraction of one document, in three passes over its sentences:
//
// 1. Mentions: longest match of the lexicon's token trie; titles ("Secretary-General"); names
//    the lexicon does not know, typed from their context.
// 2. Titles: "NATO Secretary-General Mark Rutte" ties a role of an organization to a person;
//    once the whole document is read, references to a tied role ("NATO's chief",
//    "the Secretary-General") become mentions of that person, when exactly one person holds it.
//    This needs the whole document first: the tie may come after the reference. (A text over
//    4 MiB is read a window at a time; a reference is resolved within its window.)
// 3. Facts: title facts, then the rules, dispatched by the first word of their pattern or, for
//    rules that start with a slot, tried at each mention; neither where a word the rule needs
//    no longer lies ahead (Lexicon::possible_rules). A match inside a negated or hedged stretch
//    of the sentence is dropped.
//
// Internal to extract/: the state of one document's extraction and its passes, declared
// here and defined in one file per concern (see the section comments).

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/records.h"
#include "extract/extract.h"
#include "extract/lexicon.h"
#include "extract/pattern.h"
#include "extract/tokenizer.h"

namespace kg::extract {

struct DocEntity {
    std::string name;
    EntityType type = EntityType::kOther;
    std::uint32_t lexicon = kNoEntity;  // index into the lexicon, kNoEntity for a new name
    std::uint32_t mentions = 0;
    // A new name as the text wrote it in full, where the name leaves out a word for its kind
    // ("Copperbelt Province" for Copperbelt), and the acronym the text gave it in brackets:
    // stored as aliases, so these forms find it.
    std::vector<std::string> written;
};

struct TitleHit {
    std::uint32_t begin = 0;  // first token of the title
    std::uint32_t end = 0;
    std::uint32_t title = 0;            // index into the lexicon's titles
    std::int32_t holder = -1;           // mention index in the sentence: the person
    std::int32_t organization = -1;     // mention index: the organization or country
    std::uint32_t span_begin = 0;       // where a role reference starts ("NATO's chief")
    std::uint32_t span_end = 0;         // where the titled name ends, apposition included
    std::int32_t of_organization = -1;  // "President Xi Jinping of China": the org after "of"
    bool definite = false;              // "the Secretary-General", or a title opening a sentence
    bool former = false;                // "former (US) President", "ex-President": states nothing
    // With no organization in the sentence, the entity whose office the title names when the
    // lexicon knows the holder's (title_home); kNoEntity otherwise.
    std::uint32_t home = kNoEntity;
};

struct SentenceState {
    Sentence range;
    std::vector<Mention> mentions;  // sorted by position, never overlapping
    std::vector<TitleHit> titles;
};

class DocumentExtraction {
  public:
    // Both must outlive the extraction.
    DocumentExtraction(const Lexicon& lexicon, const Document& doc) : lex_(lexicon), doc_(doc) {}
    // Its tokens view its own FoldedText: a copy's would view the original's.
    DocumentExtraction(const DocumentExtraction&) = delete;
    DocumentExtraction& operator=(const DocumentExtraction&) = delete;

    ExtractedDocument run();

  private:
    // Orchestration and facts (extractor.cpp)
    // The passes over the body text from `begin`, and the title with the first window; returns
    // where the next window starts (`end` or before it: see run()).
    std::size_t read_window(std::size_t begin, std::size_t end, std::vector<FactRecord>& facts);
    std::uint32_t entity_for(const std::string& name, EntityType type, std::uint32_t lexicon_index);
    // The one body a heading names ("THE GULF COOPERATION COUNCIL (GCC)": at most eight tokens,
    // every name in it the same organization), or kNoEntity.
    std::uint32_t heading_body(const SentenceState& heading) const;
    // Whether the sentence opens a list of members: "Members:", "Member states:".
    bool opens_member_list(const SentenceState& s) const;
    bool covered(const SentenceState& s, std::uint32_t token) const;
    void add_mention(SentenceState& s, const Mention& m);
    std::int32_t mention_starting(const SentenceState& s, std::uint32_t token) const;
    std::int32_t mention_ending(const SentenceState& s, std::uint32_t token) const;
    std::string sentence_text(const SentenceState& s) const;
    void extract_facts(std::uint32_t index, std::vector<FactRecord>& facts);
    // Whether sentence s asks a yes-no question: it ends in "?" and opens (after a speaker's
    // label such as "Q:") with an auxiliary verb.
    bool yes_no_question(const SentenceState& s) const;
    // Whether sentence s takes back what an earlier report said: "An earlier version of this
    // story said ...".
    bool retraction(const SentenceState& s) const;

    // Mentions: the lexicon, titles, names the lexicon does not know (mention_finder.cpp)
    bool surface_fits(const Surface& surface, std::uint32_t begin) const;
    void find_lexicon_mentions(SentenceState& s);
    // "North Atlantic Treaty Organization (NATO)", "Iran Aircraft Manufacturing Industrial
    // Company (HESA)": a name followed by an acronym in parentheses. The acronym becomes part
    // of the mention, and an alias of the entity for the rest of the document. Returns the
    // mention's new end.
    std::uint32_t absorb_acronym(const SentenceState& s, std::uint32_t end, std::uint32_t entity);
    void find_titles(SentenceState& s);
    bool in_title(const SentenceState& s, std::uint32_t token) const;
    // Whether mention m of sentence s stands right after "in" or "at" (past "the" when asked),
    // where a sentence names the place something happened: "met in Abu Dhabi", "in the
    // Republic of the Congo".
    bool named_where(const SentenceState& s, const Mention& m, bool past_the = false) const;
    // Whether the title starting at token `begin` is not held now: "former President",
    // "former US President", "ex-President", "then-President", "ousted", "incoming",
    // "would-be".
    bool former_title(const SentenceState& s, std::uint32_t begin) const;
    // A headline or a heading, where capitals say nothing about names: no full stop at the end
    // and most longer words capitalized.
    bool headline_case(const SentenceState& s) const;
    bool name_word(std::uint32_t i) const;
    // A name of no known kind that reads as a person's: two to four name words, none the head
    // of a body's name or a place's ("the Honourable Society of Middle Temple" is a society).
    // Whether token i is a body's acronym that the lexicon does not know, alone in the
    // sentence: "a member of both SAARC and BIMSTEC".
    bool lone_acronym(const SentenceState& s, std::uint32_t i) const;
    bool reads_as_person(const Mention& m) const;
    // Whether an acronym in capitals is joined to the word at token i by a hyphen, with no
    // space, and names nothing known itself: "RED-Tabara".
    bool joined_acronym_before(const SentenceState& s, std::uint32_t i) const;
    // Whether token i is a hyphen glued to a name word and to a short lower-case syllable
    // that goes on the name ("Li-wun" in "Cheng Li-wun"), not an English word ("-backed").
    bool syllable_after_hyphen(std::uint32_t i) const;
    // Whether token i is Arabic's article ("al", "el", ...) glued by a hyphen to the word
    // after it: "Sharm el-Sheikh", "Abdul-Malik al-Houthi".
    bool article_hyphen(std::uint32_t i) const;
    // Whether token i is the first of two hyphens that join, with a short lower-case word
    // between them, the name word before to a capitalized one after, all written as one word:
    // "Movement-in-Opposition", "Tehrik-i-Taliban".
    bool hyphens_join_name(std::uint32_t i) const;
    // Whether token t alone is a demonym the lexicon knows ("Syrian").
    bool is_demonym(std::uint32_t t) const;
    // The lexicon's entity whose demonym token t alone is ("Norwegian" -> Norway), if any.
    std::optional<std::uint32_t> demonym_of(std::uint32_t t) const;
    // Capitalized runs the lexicon does not know. Two words or more make a name ("Lloyd
    // Austin"); one word does only right after a title ("President Smith"), or when it is the
    // surname of a person named before in the document ("Grundberg" after "Hans Grundberg").
    // Typed by context.
    void find_new_names(SentenceState& s);
    // "TAPACHULA, Mexico —": the place a dateline names before its country where a paragraph
    // opens.
    void find_dateline_place(SentenceState& s);
    // What the words around a new name [begin, stop) say it is.
    struct NameCues {
        bool after_title = false;      // "President X", "its chief, X": a person
        bool place = false;            // "X region", "the town of X", "X, a border town in"
        bool place_apposition = false;  // "X, a border town in": a place even opening a sentence
        bool led_by = false;           // "led by X", "chaired by X": a person
        bool after_body_noun = false;  // "the state airline X": an organization
        bool body_apposition = false;  // "X, the state miner,": one even opening a sentence
        bool before_group_noun = false;  // "the X movement": an organization
        bool after_person_noun = false;  // "the oligarch X Y": a person, of two words or more
    };
    NameCues name_cues(const SentenceState& s, std::uint32_t begin, std::uint32_t stop) const;
    // Whether the words after a name ending before `stop` describe a person: ", who", "led by"
    // before it, ", the prime minister of".
    bool person_cue(const SentenceState& s, std::uint32_t stop, const NameCues& cues) const;
    // The head noun of the name [begin, last]: the last word, or the last before "of"/"for"
    // ("Strategic Framework for the Defence of ..." is a framework).
    std::uint32_t name_head(std::uint32_t begin, std::uint32_t last) const;
    // The type of the new name [begin, last]: by its cues, then its head noun, then the words
    // after it; kOther when nothing says.
    EntityType new_name_type(const SentenceState& s, std::uint32_t begin, std::uint32_t last,
                             const NameCues& cues) const;
    // Adds a mention of the new name [begin, last]. The name leaves out a legal form or a
    // region word at its end, and takes in a demonym before it when it names a body.
    void add_new_name(SentenceState& s, std::uint32_t begin, std::uint32_t last, EntityType type);
    // "the government in Tripoli", "the (military) authorities of Niger", "the regime in
    // Damascus": the country's mention takes in the words before it, so the rules read the
    // country where the text names its government. "the Biden administration" becomes the
    // country the lexicon gives the person.
    void absorb_governments(SentenceState& s);
    // "the Free Aceh Movement": a known place inside a body's name becomes part of the name.
    void absorb_places_in_names(SentenceState& s);
    // "the Honourable Sitiveni Rabuka": a minister's style becomes part of the person's name.
    void absorb_styles(SentenceState& s);
    // "the Yemeni Houthis", "the Afghan Taliban": a body's mention takes in the demonym before
    // it where the body heads its phrase, so the rules read the body, not the country. Not
    // before a noun the demonym describes ("Ukrainian NATO membership" is Ukraine's).
    void absorb_demonyms(SentenceState& s) const;
    // Records the surnames of the people mentioned in s, for find_new_names.
    void note_surnames(const SentenceState& s);
    // The key of the double-barrelled surname whose first part is token `first`:
    // "mehrani-lowe".
    std::string hyphenated(std::uint32_t first) const;
    // Past the words that join parts of one name ("of", "for the", "-"), at most two of them;
    // returns j itself when there are none.
    std::uint32_t after_connectors(const SentenceState& s, std::uint32_t j) const;

    // Titles tied to people, and references resolved to entities (coreference.cpp)
    bool is_organization(const SentenceState& s, std::int32_t k) const;
    // The organization or country mentioned at token t ("the" allowed first), or -1.
    std::int32_t organization_at(const SentenceState& s, std::uint32_t t) const;
    bool person_at(const SentenceState& s, std::uint32_t t) const;
    // The person a title names: right after it ("NATO Secretary-General Mark Rutte"), in an
    // apposition ("Ukraine's foreign minister, Andrii Sybiha,"), or after "of ORG"; also sets
    // of_organization. Sets span_end past the name and an apposition's closing comma.
    std::int32_t title_holder(SentenceState& s, TitleHit& hit);
    // The organization or country a title belongs to: right before it, before a possessive,
    // or, for "its"/"their", the nearest one earlier in the sentence ("the UN and its chief").
    std::int32_t title_organization(const SentenceState& s, const TitleHit& hit) const;
    // The entity whose office a title with no organization before it names, from the lexicon:
    // the holder's part_of, when the title's home column allows that kind of entity
    // ("President Donald Trump": the United States). kNoEntity otherwise.
    std::uint32_t title_home(const SentenceState& s, const TitleHit& hit);
    // Who holds each title, and of what: "NATO Secretary-General Mark Rutte".
    void tie_titles(SentenceState& s);
    // Turns "NATO's chief" and "the Secretary-General" into mentions of the one person the
    // document tied to that role.
    void resolve_roles(SentenceState& s);
    // Statements and communiqués speak as "we". "We, the Foreign Ministers of the G7, ..." ties
    // "we" to the first organization the sentence names (one the lexicon knows first), or to
    // its country when it names one; a document headed "Statement by the Government of X on
    // ..." ties it to X. From then on "we" is a mention of it. Without such a sentence "we"
    // stays nobody. A summit's communique speaks as "Summit" ("Summit condemned ..."): the
    // body the document named the summit after.
    void resolve_we(SentenceState& s);
    // "I" in an answer a transcript labels with its speaker ("Stubb: When I met President Xi
    // ...") is the speaker, to the end of the paragraph; elsewhere "I" stays nobody.
    void resolve_first_person(std::uint32_t index);
    // "the two countries", "both nations", "the two leaders": the pair the text just named.
    // Resolved only when the nearest stretch of text naming any candidate (the sentence so far,
    // else the sentences before it) names exactly two; otherwise it stays unresolved.
    void resolve_pairs(std::uint32_t index);
    // "the regime", "the isolated regime", "the group": a definite description of the one
    // country (or organization) the text just named: the sentence so far, else the sentence
    // before. Two candidates there, or a description that goes on ("the group of ...",
    // "the alliance between ..."), leave it unresolved.
    void resolve_definite(std::uint32_t index);
    // Whether sentence `index` opens with a person the text does not name ("The
    // representative of X rejected ..."), whom a "he" opening the next sentence means.
    bool opens_with_unnamed_person(std::uint32_t index) const;
    // "He" or "She" opening a sentence is the one person the sentence before names, when it
    // names exactly one; inside a sentence, the one person named before it in the sentence
    // ("Deby ended the agreement, and last week he accused Paris"); otherwise nobody.
    void resolve_pronoun(std::uint32_t index);
    // "it" after a verb of speech is the country or organization that spoke: in
    // "The State Department said on Tuesday it had urged Canada ...", it is the United States;
    // so is "its" before the ones who act ("Ukraine said its forces had struck ..."), and
    // "Hamas and its fighters" is Hamas's. "it" or "its" in a clause joined by "and" or "yet"
    // is the country or body that opens the sentence ("The US sanctioned Dagalo, and a week
    // later it sanctioned Burhan").
    void resolve_speaker_pronoun(std::uint32_t index);
    // "It" opening a sentence is the country or organization that the sentence before opens
    // with, when a form of be or have follows it there: "The group is led by X. It is armed
    // by Iran." Not when that sentence opens with a list ("Iran and Russia ..."), a demonym or
    // anything else. "They" is such a body with a plural name ("The Houthis have ..."), or the
    // two that open it together ("Russia and China have held drills").
    void resolve_opening_pronoun(std::uint32_t index);
    // "it", "him" or "her" after a participle of blame that follows a comma is the object of
    // the clause before: in "The EU blacklisted Belavia, accusing it of ferrying migrants",
    // it is Belavia; in "Washington sanctioned Bidzina Ivanishvili, accusing him of ...", him
    // is Ivanishvili. The last name of the right kind before the comma, not the clause's
    // first (its subject).
    void resolve_object_pronoun(std::uint32_t index);
    // "him", "her" or "it" asked to act: "accused Vazquez of bad faith and urged him to halt
    // construction" urges Vazquez.
    void resolve_urged_pronoun(std::uint32_t index);
    void retie_titles(SentenceState& s);

    // Negation, and the clauses read again without coordination or appositions
    // (clause_views.cpp)
    // Whether unit u of `units` negates or hedges what follows: a word of &NEGATION or &HEDGE,
    // or a two-word member starting there ("vowed to", "ruled out").
    bool negation_at(const std::vector<Unit>& units, std::uint32_t u) const;
    // A negation or hedge inside the match, or in the few words before it up to a clause break.
    // Inside the match, not a word the pattern names itself: "vowed" in a rule that reads
    // "vowed to retaliate against O" is what the rule reads. Also what the sentence says was
    // undone afterwards ("ordered ..., but later cancelled"). By the relation stated: of a
    // warning, only a negation counts, as a warning is of what may come ("warned of a
    // possible Chinese military foothold"); of a place, only a negation inside the match, as
    // a place stays where it is ("the planned route across Armenia's Syunik province", "Do
    // not travel to Libya's southern Fezzan region").
    bool negated(const SentenceView& view, const PatternMatch& match, const Pattern& pattern,
                 Relation relation) const;
    // Whether a fight the match states is none of arms: one of trade, prices or words ("a
    // trade war between", "fought an oil price war", "Russian hybrid attacks"), or one a
    // warning speaks of, which may come ("warned of a new war between").
    bool war_not_fought(const SentenceView& view, const PatternMatch& match) const;
    // Whether, within four units before `begin` and in its clause, a word of `words` stands
    // before "of", "about" or "against": "the fear of clashes between", "warned of a war".
    bool after_word_of(const SentenceView& view, std::uint32_t begin,
                       const FoldedWordSet& words) const;
    // The token of unit u of `units` when it is a plain word, not a mention; null past the end.
    const Token* plain_token(const std::vector<Unit>& units, std::uint32_t u) const;
    // Whether unit u of `units` joins the names of a list: "and", "or" or a comma.
    bool joins_list(const std::vector<Unit>& units, std::uint32_t u) const;
    // The first unit of the coordinated mentions that end at unit u ("Estonia and Finland"
    // for Finland), where a view that changes what follows u tries the rules; u itself when
    // the group follows a verb and so is its object, not a subject.
    std::uint32_t group_start(const std::vector<Unit>& units, std::uint32_t u) const;
    // The first unit of the coordinated mentions that end at unit u, past articles before
    // the names ("the World Bank and the AfDB") or only up to the first.
    std::uint32_t list_start(const std::vector<Unit>& units, std::uint32_t u,
                             bool past_articles) const;
    // Views with one aside left out: after a mention (and the words of &AGENT that follow
    // it), a comma, a word that opens an aside (an article, a possessive, which/who, a
    // participle such as backed or led, under, of, allies, in, on, at, ...) or a name and "'s"
    // ("Xi Jinping, China's leader, met Putin"), and at most ten words closed by a comma; after words of &AGENT alone ("2,000 troops, most of them
    // ...,"), only a count opens one. Each comes with the first unit of the mention's group;
    // the rules are tried from every name up to it (extract_facts).
    std::vector<std::pair<std::uint32_t, SentenceView>> without_appositions(
        const SentenceView& view) const;
    // Views of a relative clause with the mention it describes as its subject: "Kenya, which
    // leads the mission, ..." is read again as "Kenya leads the mission". The words before the
    // mention are kept, so a negation or hedge there still applies. The clause ends at the
    // next clause punctuation or the sentence's end. Each comes with the first unit of the
    // mention's group ("Estonia and Finland, which ...").
    std::vector<std::pair<std::uint32_t, SentenceView>> relative_clauses(
        const SentenceView& view) const;
    // Views with the possessive of a mention left out where the ones who act for it follow:
    // "Sudan's army attacked ..." is read again as "Sudan army attacked ...", which the rules'
    // `S &MOD* &AGENT?` reads. Only before a word of &AGENT (after words of &MOD): "Iran's
    // transfers of missiles" is not a verb. And the other way, with the ones who act left out
    // before a possessive: "the Sudanese army's war" is read as "Sudanese's war", which
    // `S 's` reads. Each comes with the unit of the mention.
    std::vector<std::pair<std::uint32_t, SentenceView>> possessive_agents(
        const SentenceView& view) const;
    // Views of "SUBJECT <predicate>" for each predicate coordinated with an earlier one.
    // After "and", the subject is the latest clause subject before it: a mention group that
    // opens the sentence (after an article) or a reported clause ("... say Rwanda supports X
    // and has deployed ..."), followed by a lower-case word; the predicate is "and" and a
    // lower-case word that does not start a noun phrase. After a comma, the predicate is a
    // participle of a small set (accusing, calling, urging, ...) or has/have/had and a verb,
    // and the subject is the sentence's own, unless a form of "be" follows it (a passive).
    std::vector<SentenceView> coordinated_clauses(const SentenceView& view) const;
    // The unit after a time phrase starting at unit u ("on 12 June", "last week"), or u when
    // there is none.
    std::uint32_t time_phrase_end(const std::vector<Unit>& units, std::uint32_t u) const;
    // The unit after what opens a sentence before its subject without a comma: a time phrase
    // at unit 0 ("In June 2017", "Last year") or an adverb ("Meanwhile"); 0 when none does.
    std::uint32_t opening_without_comma(const std::vector<Unit>& units) const;
    // The same, when a verb in the past follows the phrase ("on 12 June held talks").
    std::uint32_t past_time_phrase(const std::vector<Unit>& units, std::uint32_t u) const;
    // Views of what a cause made others do, with them as its subject: "the visit led India to
    // protest to Sri Lanka" is read again as "India protest to Sri Lanka". Not when a negation
    // or a hedge comes before the cause.
    std::vector<SentenceView> caused_clauses(const SentenceView& view) const;
    // Views of what others are said to share, with them as its subject: "Estonia, like
    // Finland, is a member of NATO" as "Finland is a member of NATO"; "Kenya deployed police
    // to Haiti, followed by Jamaica and Guatemala" as "Jamaica and Guatemala deployed police
    // to Haiti"; "Fiji belongs to the Forum, and so do Australia and New Zealand" (or "as do")
    // as "Australia and New Zealand belongs to the Forum".
    std::vector<SentenceView> shared_clauses(const SentenceView& view) const;
    // The view with each list of plain words cut to its first item: "supplied drones, missiles
    // and shells to Russia" is read again as "supplied drones to Russia", which gaps that never
    // cross a comma can read. An item is one to four words, none a name or a word that ends a
    // phrase ("to", "with", "is", "that", ...), at least one of them a word, not a number; the
    // list has a comma and ends with "and" or "or" and its last item. False when there is none.
    bool without_lists(const SentenceView& view, SentenceView& out) const;
    // The view without the place of a meeting between its verb and "with": "held talks in Ha
    // Noi with Mohamad Hasan" is read again as "held talks with Mohamad Hasan". A place is
    // "in" or "at", "the" or not, and a name. So is a place a guest was received in ("was
    // received in Baku by"), one travelled to before "to meet" ("flew to Asmara to meet"), one
    // a name was urged in ("urged the Council in New York to"), and where those who act for a
    // name are ("The Russian embassy in Helsinki issues"). False when there is none.
    bool without_meeting_places(const SentenceView& view, SentenceView& out) const;
    // "The UN refugee agency, UNHCR, has urged Pakistan to ...": read again as "UNHCR has
    // urged Pakistan to ...". A sentence that opens with a noun phrase in lower case (an
    // article, at most six units, a name only qualifying the word after it), then a name
    // between commas and a lower-case word.
    bool without_opening_description(const SentenceView& view, SentenceView& out) const;
    // "is accused by Sudan's government and by U.N. experts of supplying weapons to the RSF":
    // read again as "is accused of supplying ...", which the rules of the accused's acts read.
    // The accusers stay in the sentence itself, where the passive rules find them. So is where
    // or when an accusation was made: "accused the UAE at the Security Council of supplying".
    bool without_accusers(const SentenceView& view, SentenceView& out) const;
    // The view without the title phrases before people in apposition: "welcomed the
    // President of the European Council, António Costa, to Chisinau" is read again as
    // "welcomed António Costa, to Chisinau". A title phrase is "the" or not, one to three
    // words, one of them a title's head word (Lexicon::is_title_word), "of", "the" or not, a
    // name that is not a person's, and a comma; a comma, "and" or the sentence's end follows
    // the person. False when there is none.
    bool without_title_phrases(const SentenceView& view, SentenceView& out) const;
    // The view without an adverb of manner (manner_adverbs()) between a lower-case word and a
    // preposition or an article: "has warned publicly of the danger" is read again as "has
    // warned of the danger". The sentence as written is read too, for the rules that name the
    // adverb ("jointly with"). False when there is none.
    bool without_manner_adverbs(const SentenceView& view, SentenceView& out) const;
    // The view without the country a person is "of" where "and", a comma and the next person,
    // or a lower-case word follows the country: "Presidents Santiago Pena of Paraguay and Lula
    // of Brazil met" is read again as "Presidents Santiago Pena and Lula met" (not "Wang Yi of
    // China, a founding member of BRICS,"). False when there is none.
    bool without_people_homes(const SentenceView& view, SentenceView& out) const;

    const Lexicon& lex_;
    const Document& doc_;
    FoldedText folded_;  // what the tokens' folded forms view
    std::vector<Token> tokens_;             // of the window being read
    std::vector<SentenceState> sentences_;  // of the window being read
    std::uint32_t sentences_before_ = 0;    // in the windows before it
    std::vector<DocEntity> entities_;
    std::unordered_map<std::string, std::uint32_t> entity_index_;
    std::map<std::pair<std::uint32_t, Relation>, std::set<std::uint32_t>> holders_by_role_;
    std::map<std::string, std::set<std::uint32_t>> holders_by_title_;
    // By the body or country and the office's own title: "Lebanese President" is the one
    // named President of Lebanon, not its Prime Minister.
    std::map<std::pair<std::uint32_t, std::string>, std::set<std::uint32_t>> holders_by_office_;
    std::unordered_map<std::string, std::uint32_t> acronyms_;  // defined in this document
    // The countries whose junta and whose regime the document names: "Myanmar's junta"
    // (resolve_definite).
    std::set<std::uint32_t> juntas_;
    std::set<std::uint32_t> regimes_;
    // Words in capitals that the window writes in brackets, where a name defines them, even
    // if later than their first use: find_new_names takes none of them alone for a body.
    std::unordered_set<std::string_view> bracketed_;
    // The last word of each person's name in this document, folded, and the person; kNoEntity
    // where two people share it.
    std::unordered_map<std::string, std::uint32_t> surnames_;
    // The same for names of two or three words that nothing typed ("Christian Schmidt").
    std::unordered_map<std::string, std::uint32_t> untyped_surnames_;
    std::optional<std::uint32_t> we_;  // who "we" is, when the document says so
    bool we_outside_quotes_ = false;   // we_ is a release's body, not the "we" of a quote
    std::optional<std::uint32_t> speaker_;  // who "I" is: the labelled speaker of the paragraph
    std::optional<std::uint32_t> summit_;  // whose summit "Summit" is, when the text says so
    // Scratch for extract_facts(), kept from one sentence to the next: which rules the
    // sentence can satisfy, those of them that start with a slot, and the mentions as the
    // rules see them.
    Lexicon::PossibleRules possible_rules_;
    std::vector<std::uint32_t> slot_rules_;
    std::vector<Mention> rule_mentions_;
};

}  // namespace kg::extract
