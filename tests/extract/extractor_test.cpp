#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "extract/extract.h"
#include "support/test_support.h"

namespace kg::extract {
namespace {

// The built-in lexicon, compiled once for the whole suite.
const Extractor& extractor() {
    static const Extractor instance;
    return instance;
}

ExtractedDocument run(const std::string& text, const Extractor& with = extractor()) {
    return with.extract(read_document("test.txt", text));
}

std::string key(const FactRecord& f) {
    return f.subject + " " + std::string(to_string(f.relation)) + " " + f.object;
}

std::set<std::string> facts(const std::string& text, const Extractor& with = extractor()) {
    std::set<std::string> out;
    for (const auto& f : run(text, with).facts) {
        out.insert(key(f));
    }
    return out;
}

std::set<std::string> entities(const std::string& text) {
    std::set<std::string> out;
    for (const auto& e : run(text).entities) {
        out.insert(e.name + ":" + std::string(to_string(e.type)));
    }
    return out;
}

TEST(Extractor, ResolvesDemonymsMetonymsAndAliases) {
    EXPECT_EQ(facts("North Korean troops have been deployed to Russia."),
              (std::set<std::string>{"North Korea deploys-to Russia"}));
    EXPECT_EQ(facts("Pyongyang sent troops to Moscow."),
              (std::set<std::string>{"North Korea deploys-to Russia"}));
    const auto names = entities("U.S. and American officials met the DPRK envoy. The US said so.");
    EXPECT_TRUE(names.contains("United States:country"));
    EXPECT_TRUE(names.contains("North Korea:country"));
}

// A fact's sentence is kept as written, with its layout undone: a line break, a tab or a run
// of spaces inside it becomes one space, and the sentence starts and ends at its own words.
TEST(Extractor, KeepsTheSentenceWithItsLayoutUndone) {
    const auto doc = run("Intro line.\n\n  Russia   deployed\n\ttroops to \r\n  Belarus.   \nNext.");
    ASSERT_EQ(doc.facts.size(), 1U);
    EXPECT_EQ(doc.facts[0].sentence, "Russia deployed troops to Belarus.");
    EXPECT_EQ(run("Russia deployed troops to Belarus.").facts.at(0).sentence,
              "Russia deployed troops to Belarus.");
    // Layout at every place of the sentence, across the eight-byte steps in which a sentence
    // with none is recognised.
    const std::string sentence = "Russia deployed troops to Belarus on Monday.";
    for (std::size_t at = 1; at < sentence.size() - 1; ++at) {
        if (sentence[at] != ' ') {
            continue;
        }
        for (const std::string_view layout : {"  ", "\n", "\t", " \r\n "}) {
            const std::string text =
                sentence.substr(0, at) + std::string(layout) + sentence.substr(at + 1);
            const auto laid_out = run(text);
            ASSERT_EQ(laid_out.facts.size(), 1U) << text;
            EXPECT_EQ(laid_out.facts[0].sentence, sentence) << text;
        }
    }
}

// A text over 4 MiB is read a window at a time. Its facts are those of the whole text: each
// with its sentence's place in the whole document, the sentence as it stands at its offset,
// and its entities' mentions counted over every window. A window's last sentence is left to
// the next, so that no sentence is cut, even where the text has no blank line near the cut
// (CRLF paragraphs, a line a sentence, one long line) and a dot ends an abbreviation ("U.S.").
TEST(Extractor, ALongTextReadInWindowsGivesTheFactsOfTheWholeText) {
    // Nine megabytes four times over: under the sanitizers, the two extremes (paragraphs and
    // one line) only.
    const std::vector<std::string> separators =
        test::kSanitized ? std::vector<std::string>{"\n\n", " "}
                         : std::vector<std::string>{"\n\n", "\r\n\r\n", "\n", " "};
    for (const std::string& separator : separators) {
        std::string text;
        std::size_t paragraphs = 0;
        while (text.size() < (std::size_t{9} << 20)) {
            text += fmt::format("The U.S. sanctioned Iran over {} drones. The weather was mild. "
                                "Markets were quiet. Nothing else happened.",
                                paragraphs + 1);
            text += separator;
            ++paragraphs;
        }
        const ExtractedDocument doc = run(text);
        ASSERT_EQ(doc.facts.size(), paragraphs) << "separator '" << separator << "'";
        for (std::size_t i = 0; i < doc.facts.size(); ++i) {
            const FactRecord& fact = doc.facts[i];
            EXPECT_EQ(key(fact), "United States sanctions Iran");
            EXPECT_EQ(fact.sentence_index, 4 * i);
            ASSERT_EQ(text.compare(fact.sentence_offset, fact.sentence.size(), fact.sentence), 0)
                << fact.sentence;
            ASSERT_EQ(fact.sentence,
                      fmt::format("The U.S. sanctioned Iran over {} drones.", i + 1));
        }
        for (const EntityRecord& entity : doc.entities) {
            EXPECT_EQ(entity.mentions, paragraphs) << entity.name;
        }
    }
}

// A sentence without a full stop is cut every 200 tokens, and a piece may start inside a word:
// here the second piece of each stretch starts at the "n't" of "don't" (token 200). A window's
// last sentence is read again from where the text tokenizes as it did (the stretch's start),
// not from "n't", which alone would be read as more tokens: then the third piece, which states
// the fact, would start elsewhere than in a short text.
TEST(Extractor, AWindowIsNotReadAgainFromInsideAWord) {
    std::string stretch = "Iran said that";
    for (int i = 0; i < 70; ++i) {
        stretch += " we don't";
    }
    for (int i = 0; i < 300; ++i) {
        stretch += " extraordinarily";  // most of the bytes, where the window's cut falls
    }
    stretch += " and Iran supplied drones to Russia. ";
    const ExtractedDocument alone = run(stretch);
    ASSERT_EQ(alone.facts.size(), 1U);
    ASSERT_TRUE(alone.facts[0].sentence.starts_with("extraordinarily")) << alone.facts[0].sentence;
    std::string text;
    std::size_t stretches = 0;
    while (text.size() < (std::size_t{9} << 20)) {
        text += stretch;
        ++stretches;
    }
    const ExtractedDocument doc = run(text);
    ASSERT_EQ(doc.facts.size(), stretches);
    for (std::size_t i = 0; i < doc.facts.size(); ++i) {
        ASSERT_EQ(doc.facts[i].sentence_offset,
                  i * stretch.size() + alone.facts[0].sentence_offset)
            << i;
        ASSERT_EQ(doc.facts[i].sentence, alone.facts[0].sentence) << i;
    }
}

// A window that starts inside a line does not take what starts it for a list marker: in
// "... Russia. 2) Iran supplied ...", "2)" is part of the sentence, as in a short text.
TEST(Extractor, AWindowStartingInsideALineReadsItsFirstWordsAsText) {
    std::string text = "Sources said: ";  // the line's start, where "2)" would be a marker
    std::size_t items = 0;
    while (text.size() < (std::size_t{5} << 20)) {
        text += "2) Iran supplied drones to Russia. ";
        ++items;
    }
    const ExtractedDocument doc = run(text);
    ASSERT_EQ(doc.facts.size(), items);
    for (std::size_t i = 1; i < doc.facts.size(); ++i) {
        ASSERT_EQ(doc.facts[i].sentence, "2) Iran supplied drones to Russia.") << i;
        ASSERT_EQ(doc.facts[i].sentence_index, doc.facts[0].sentence_index + i);
    }
}

TEST(Extractor, DoesNotTakeThePronounUsForTheUnitedStates) {
    EXPECT_FALSE(entities("Russia warned us about Iran. Us and them.").contains("United States:country"));
    EXPECT_TRUE(facts("Russia warned us about Iran.").empty());
}

TEST(Extractor, CoordinationGivesOneFactPerMember) {
    EXPECT_EQ(facts("Russia and Iran sanctioned Ukraine."),
              (std::set<std::string>{"Russia sanctions Ukraine", "Iran sanctions Ukraine"}));
    EXPECT_EQ(facts("The alliance between Russia, Iran and North Korea worries Seoul."),
              (std::set<std::string>{"Iran allied-with Russia", "North Korea allied-with Russia",
                                     "Iran allied-with North Korea"}));
}

TEST(Extractor, ReadsPassiveVoice) {
    EXPECT_EQ(facts("Kyiv was attacked by Russia on Monday."),
              (std::set<std::string>{"Russia fights Ukraine"}));
}

TEST(Extractor, NominalForms) {
    EXPECT_EQ(facts("Russia's war against Ukraine continued."),
              (std::set<std::string>{"Russia fights Ukraine"}));
    EXPECT_EQ(facts("Officials described the exchange of military technology between Russia and "
                    "North Korea."),
              (std::set<std::string>{"North Korea exchanges-tech-with Russia"}));
}

TEST(Extractor, NegationAndHedgesGiveNoFact) {
    EXPECT_TRUE(facts("North Korea did not deploy troops to Russia.").empty());
    EXPECT_TRUE(facts("North Korea has never sent troops to Russia.").empty());
    EXPECT_TRUE(facts("There is no evidence that Iran supplied drones to Russia.").empty());
    EXPECT_TRUE(facts("Iran may supply missiles to Russia next year.").empty());
    // "not only ... but also" affirms.
    EXPECT_EQ(facts("Iran not only supplied drones to Russia but also trained its crews."),
              (std::set<std::string>{"Iran supplies Russia"}));
}

// A hedge the rule names itself is what it reads: a vow to retaliate is a threat now. The same
// words before a plan, or a hedge on the vow, still give nothing.
TEST(Extractor, AHedgeTheRuleNamesIsWhatItReads) {
    EXPECT_EQ(facts("Iran vowed to retaliate against Israel."),
              (std::set<std::string>{"Iran threatens Israel"}));
    EXPECT_EQ(facts("Hezbollah has vowed revenge on Israel."),
              (std::set<std::string>{"Hezbollah threatens Israel"}));
    EXPECT_TRUE(facts("Iran vowed to deploy troops to Syria.").empty());
    EXPECT_TRUE(facts("Iran may vow to strike Israel.").empty());
    EXPECT_TRUE(facts("Iran did not vow to strike Israel.").empty());
}

TEST(Extractor, TitlesMakePeopleAndLeadersFacts) {
    EXPECT_EQ(facts("Russian President Vladimir Putin met North Korean leader Kim Jong Un."),
              (std::set<std::string>{"Vladimir Putin leads Russia", "Kim Jong Un leads North Korea",
                                     "Kim Jong Un meets-with Vladimir Putin"}));
    // A name the lexicon does not know becomes a person after a title.
    const auto names = entities("Ruritanian Defense Minister Ivan Petrovsky spoke in Kyiv.");
    EXPECT_TRUE(names.contains("Ivan Petrovsky:person"));
}

TEST(Extractor, ResolvesARoleToThePersonTheDocumentTiedItTo) {
    // The reference comes before the tie, as in news leads.
    const auto result = facts(
        "NATO's chief warned of the alliance between Russia and North Korea.\n\n"
        "NATO Secretary-General Mark Rutte spoke in Brussels.");
    EXPECT_TRUE(result.contains("Mark Rutte warns-of Russia"));
    EXPECT_TRUE(result.contains("Mark Rutte warns-of North Korea"));
    EXPECT_TRUE(result.contains("Mark Rutte leads NATO"));
    // Without the tie the role stays unresolved: no fact is invented for NATO itself.
    const auto untied = facts("NATO's chief warned of the alliance between Russia and North Korea.");
    EXPECT_FALSE(untied.contains("NATO warns-of Russia"));
}

TEST(Extractor, CoordinatedPredicatesShareTheSubject) {
    EXPECT_EQ(facts("Japan summoned a Chinese diplomat and accused Beijing of bullying."),
              (std::set<std::string>{"Japan criticizes China"}));
    // The subject of a reported clause, not of the sentence.
    EXPECT_EQ(facts("UN experts say Rwanda backs the rebels and has deployed soldiers to Burundi."),
              (std::set<std::string>{"Rwanda deploys-to Burundi"}));
    // A hedged or negated first predicate is not affirmed for the second either.
    EXPECT_TRUE(facts("Iran may buy jets and supply drones to Russia.").empty());
    // "and" before a noun phrase is not a second predicate.
    EXPECT_EQ(facts("Russia attacked Ukraine and the Kremlin praised the strikes."),
              (std::set<std::string>{"Russia fights Ukraine"}));
}

TEST(Extractor, APredicateSeriesAndAParticipleAfterByShareTheSubject) {
    // Predicates in a row, separated by commas, that "and" ends.
    EXPECT_EQ(facts("Ghana recalled its envoy, accused Togo of harbouring the plotters and urged "
                    "ECOWAS to act."),
              (std::set<std::string>{"Ghana criticizes Togo", "Ghana urges ECOWAS"}));
    EXPECT_EQ(facts("Ghana recalls its envoy, accuses Togo of harbouring the plotters, and urges "
                    "ECOWAS to act."),
              (std::set<std::string>{"Ghana criticizes Togo", "Ghana urges ECOWAS"}));
    // Not a participle that opens an aside, nor a series that no verb ends.
    EXPECT_EQ(facts("Ghana, backed by Nigeria, condemned the coup and urged ECOWAS to act."),
              (std::set<std::string>{"Nigeria supports Ghana", "Ghana urges ECOWAS"}));
    // A participle after "by" says how the subject acted.
    EXPECT_EQ(facts("Senator Ama Owusu opened the hearing by accusing Beijing of dumping steel."),
              (std::set<std::string>{"Ama Owusu criticizes China"}));
    EXPECT_TRUE(facts("Ghana did not respond by accusing Togo of anything.").empty());
    // Capitalized words of a title the name did not take in do not hide the subject.
    EXPECT_TRUE(facts("Committee Chairman Ama Owusu met the minister and accused Beijing of "
                      "dumping steel.")
                    .contains("Ama Owusu criticizes China"));
}

TEST(Extractor, AnAsideAfterACountrysOrganAndACounterpartAsObject) {
    EXPECT_EQ(facts("Mali's transitional government, led by General Assimi Goita, accuses Algeria "
                    "of a hostile act."),
              (std::set<std::string>{"Assimi Goita leads Mali", "Mali criticizes Algeria"}));
    EXPECT_TRUE(facts("Lula accused his Uruguayan counterpart Tabare Vazquez of bad faith.")
                    .contains("Lula criticizes Tabare Vazquez"));
}

TEST(Extractor, ARelativeClauseBelongsToTheNearestName) {
    EXPECT_EQ(facts("The summit drew Xi Jinping, Narendra Modi and Antonio Guterres, who held "
                    "talks with Vladimir Putin."),
              (std::set<std::string>{"Antonio Guterres meets-with Vladimir Putin"}));
}

TEST(Extractor, ARelativeClausesCoordinatedPredicatesAreItsNames) {
    EXPECT_TRUE(facts("France, which signed a pact with Greece and has delivered frigates to the "
                      "Greek navy, criticized Turkey.")
                    .contains("France supplies Greece"));
    // Not the sentence's subject's: Kim sent the troops.
    EXPECT_EQ(facts("Putin met Kim Jong Un, who visited Moscow in 2023 and sent troops to Russia "
                    "in 2024."),
              (std::set<std::string>{"Kim Jong Un meets-with Vladimir Putin",
                                     "Kim Jong Un deploys-to Russia"}));
    EXPECT_TRUE(facts("Iran, which did not sign the pact and has not sent drones to Russia, was "
                      "silent.")
                    .empty());
}

TEST(Extractor, TwoThatCooperateWithAThirdDoNotCooperateWithEachOther) {
    EXPECT_EQ(facts("Estonia and Finland cooperate with Sweden."),
              (std::set<std::string>{"Estonia cooperates-with Sweden",
                                     "Finland cooperates-with Sweden"}));
    EXPECT_EQ(facts("Estonia and Finland cooperate closely."),
              (std::set<std::string>{"Estonia cooperates-with Finland"}));
}

TEST(Extractor, ACommaAloneDoesNotJoinAList) {
    EXPECT_EQ(facts("The UK delivered missiles to Ukraine, Defence Secretary John Healey said."),
              (std::set<std::string>{"United Kingdom supplies Ukraine"}));
    EXPECT_EQ(facts("Russia invaded Ukraine, and Sweden joined NATO."),
              (std::set<std::string>{"Russia deploys-to Ukraine", "Russia fights Ukraine",
                                     "Sweden member-of NATO"}));
}

TEST(Extractor, AcronymsInParenthesesBecomeAliasesForTheDocument) {
    EXPECT_EQ(facts("The Zorgon Aerospace Corporation (ZAC) builds drones. The EU sanctioned ZAC."),
              (std::set<std::string>{"European Union sanctions Zorgon Aerospace Corporation"}));
}

TEST(Extractor, AnAcronymTheDocumentDefinesWinsOverTheLexicons) {
    // The lexicon reads "CPC" as the Chinese Communist Party.
    const std::string text =
        "The Coalition of Patriots for Change (CPC) attacked a convoy. Rwanda fought the CPC.";
    EXPECT_TRUE(facts(text).contains("Rwanda fights Coalition of Patriots for Change"));
    EXPECT_FALSE(entities(text).contains("Chinese Communist Party:organization"));
    // Where the document defines none, the lexicon's reading stands.
    EXPECT_EQ(facts("Taiwan criticized the CPC."),
              (std::set<std::string>{"Taiwan criticizes Chinese Communist Party"}));
}

TEST(Extractor, PeoplesGoesOnIntoAName) {
    EXPECT_EQ(facts("The People's Daily, the party's newspaper, criticized Japan on Monday."),
              (std::set<std::string>{"People's Daily criticizes Japan"}));
    EXPECT_TRUE(entities("Li Qiang addressed the National People's Congress.")
                    .contains("National People's Congress:organization"));
    // After a place's name, the body's name takes the place in.
    EXPECT_TRUE(entities("The Uganda People's Defence Forces crossed the border.")
                    .contains("Uganda People's Defence Forces:organization"));
}

TEST(Extractor, ADemonymBeforeABodyThatHeadsItsPhraseIsTheBodys) {
    EXPECT_EQ(facts("Iran supplies weapons to the Yemeni Houthis."),
              (std::set<std::string>{"Iran supplies Houthis"}));
    EXPECT_EQ(facts("Iran has armed the Houthis and the Lebanese Hezbollah for years."),
              (std::set<std::string>{"Iran supplies Houthis", "Iran supplies Hezbollah"}));
    EXPECT_EQ(facts("Critics decried the Pakistani army's support for the Afghan Taliban."),
              (std::set<std::string>{"Pakistan supports Taliban"}));
    // Before a noun the demonym describes, it is the country's.
    EXPECT_TRUE(entities("Turkish NATO troops deployed to Kosovo.").contains("Turkey:country"));
}

TEST(Extractor, WeIsWhoTheStatementSaysItIs) {
    EXPECT_EQ(facts("We, the foreign ministers of the G7, issue this statement.\n\nWe condemn "
                    "Iran and urge Israel to show restraint."),
              (std::set<std::string>{"G7 criticizes Iran", "G7 urges Israel"}));
    EXPECT_TRUE(facts("We condemn Iran.").empty());
}

TEST(Extractor, CompanyRolesDirectorsAndOfficesInAPossessiveApposition) {
    EXPECT_TRUE(facts("CIA Director Jane Roe spoke.").contains("Jane Roe leads CIA"));
    // A prince's title is no part of his name.
    EXPECT_TRUE(facts("Saudi envoy Prince Turki bin Nasser met Wang Yi.")
                    .contains("Turki bin Nasser meets-with Wang Yi"));
    // A company's roles type both the company and the person.
    EXPECT_TRUE(facts("Lena Holm, Nordwind's chief executive, met Wang Yi.")
                    .contains("Lena Holm leads Nordwind"));
    EXPECT_TRUE(facts("Ivo Marsh, CEO of Atlas Dynamics, met Wang Yi.")
                    .contains("Ivo Marsh leads Atlas Dynamics"));
    // An office named by a possessive makes a person, who is found again by surname.
    EXPECT_TRUE(facts("Tomas Varga, Hungary's foreign minister, met Wang Yi. Varga accused the "
                      "European Commission of bias.")
                    .contains("Tomas Varga criticizes European Commission"));
}

TEST(Extractor, ABodysKindAfterItsNameAndNamesWithNumbersAndApostrophes) {
    EXPECT_TRUE(facts("The Iranian-backed Hezbollah movement fired rockets into northern Israel.")
                    .contains("Hezbollah fights Israel"));
    EXPECT_TRUE(facts("American and British jets helped defend Israel.")
                    .contains("United Kingdom supports Israel"));
    EXPECT_TRUE(facts("Beijing urges the EU side to correct its practices.")
                    .contains("China urges European Union"));
    EXPECT_TRUE(facts("Wang Yi held talks yesterday with Ishaq Dar.")
                    .contains("Ishaq Dar meets-with Wang Yi"));
    // A number in capitals opens a name; an apostrophe goes on inside one; a colon lists a
    // coalition's members.
    const auto got = facts("Fighting was led by the Three Brotherhood Alliance, a coalition of "
                           "three armed groups: the Ta'ang National Liberation Army, the Kachin "
                           "Independence Army and the Arakan Army.");
    EXPECT_TRUE(
        got.contains("Ta'ang National Liberation Army member-of Three Brotherhood Alliance"));
    EXPECT_TRUE(got.contains("Arakan Army member-of Three Brotherhood Alliance"));
}

TEST(Extractor, InitialsSpeakersAsidesResolutionsAndSeatsAsMembers) {
    // An initial's dot ends no sentence.
    EXPECT_TRUE(facts("Marco Rubio called Indian External Affairs Minister S. Jaishankar and "
                      "met Pakistani Prime Minister Shehbaz Sharif.")
                    .contains("Marco Rubio meets-with Shehbaz Sharif"));
    // A speaker's aside between a subject and its verb.
    EXPECT_TRUE(facts("Brazil, she added, has delivered trainer jets to Paraguay.")
                    .contains("Brazil supplies Paraguay"));
    EXPECT_TRUE(facts("Kenya, officials said, has sent police officers to Haiti.")
                    .contains("Kenya deploys-to Haiti"));
    EXPECT_TRUE(facts("The UN General Assembly adopted a resolution condemning Russia.")
                    .contains("UN General Assembly criticizes Russia"));
    EXPECT_TRUE(facts("The African Union is taking its seat as a full G20 member.")
                    .contains("African Union member-of G20"));
    EXPECT_TRUE(facts("Ana Duarte, the leader of the opposition Liberal Party, spoke.")
                    .contains("Ana Duarte leads Liberal Party"));
}

TEST(Extractor, SuppliesNamedByTheirNounAndARelativeClauseUnhedgedByWhatPrecedesIt) {
    // The clause starts at its name: the hedge before the name is not the clause's.
    EXPECT_TRUE(facts("The likely winner is Qatar, which has supplied armoured vehicles to the "
                      "Chadian army.")
                    .contains("Qatar supplies Chad"));
    EXPECT_TRUE(facts("Analysts tracked Iranian weapons shipments to Sudan.")
                    .contains("Iran supplies Sudan"));
    EXPECT_FALSE(facts("Slovakia, which stopped arms deliveries to Ukraine, was warned.")
                     .contains("Slovakia supplies Ukraine"));
    EXPECT_TRUE(facts("The drones that Ethiopia acquired from Turkey were used.")
                    .contains("Turkey supplies Ethiopia"));
}

TEST(Extractor, ShipsNamesMembersInAsidesAndTitlesOfABody) {
    // A ship's name is no entity, and the rules read past it.
    const auto ships = facts("The Ghanaian Navy deployed the offshore patrol vessel GNS Yaa "
                             "Asantewaa to the Gulf of Guinea.");
    EXPECT_TRUE(ships.contains("Ghana deploys-to Gulf of Guinea"));
    EXPECT_TRUE(entities("The frigate Esbern Snare sailed.").empty());
    // Members named in asides and opening phrases.
    EXPECT_TRUE(facts("As a member of SADC and COMESA, Malawi backs the plan.")
                    .contains("Malawi member-of COMESA"));
    EXPECT_TRUE(facts("Gabon urged ECCAS, to which both Chad and Gabon belong, to act.")
                    .contains("Chad member-of ECCAS"));
    EXPECT_TRUE(facts("Gabon urged ECCAS, to which both Chad and Gabon belong, to act.")
                    .contains("Gabon urges ECCAS"));
    EXPECT_TRUE(facts("Grenada and Belize, like the host nation, are members of CARICOM.")
                    .contains("Grenada member-of CARICOM"));
    // A relative clause of what two did together is both's.
    EXPECT_TRUE(facts("Latvia and Poland, which built the link together, opened it.")
                    .contains("Latvia cooperates-with Poland"));
    // A title of a body before a comma types the name after it.
    EXPECT_TRUE(facts("The Special Envoy and Head of MONUSCO, Ana Kova, called for calm.")
                    .contains("Ana Kova leads MONUSCO"));
    // An office held before is led no more.
    EXPECT_FALSE(facts("Under the auspices of the then king of Spain, Juan Carlos, the two sides "
                       "met.")
                     .contains("Juan Carlos leads Spain"));
}

TEST(Extractor, MembersAfterAColonAndBodiesNamedWithAnAcronym) {
    const auto members = facts("Observers came from five SADC Member States: Angola, Malawi, "
                               "Lesotho, Eswatini and Botswana.");
    EXPECT_TRUE(members.contains("Lesotho member-of SADC"));
    EXPECT_TRUE(entities("Observers came from five SADC Member States: Angola and Malawi.")
                    .count("Member States:other") == 0);
    // An acronym in brackets makes a body; a title of one after a pair is the last name's.
    const auto got = facts("She met Vice-President Amos Tjiriange and Dr. Selma Kapofi, "
                           "President of the United Democrats for Progress (UDP).");
    EXPECT_TRUE(got.contains("Selma Kapofi leads United Democrats for Progress"));
    EXPECT_FALSE(got.contains("Amos Tjiriange leads United Democrats for Progress"));
}

TEST(Extractor, AnOfficeIsItsOwnHoldersAndHonorificsAreNoNames) {
    // "the Lebanese President" is not the Prime Minister the text named before.
    EXPECT_FALSE(facts("Lebanese Prime Minister Nawaf Salam spoke on Monday. The Emir of Qatar "
                       "received the Lebanese President on Tuesday.")
                     .contains("Nawaf Salam meets-with Qatar"));
    // A general word for a head still finds whoever heads the body.
    EXPECT_TRUE(facts("NATO Secretary-General Mark Rutte spoke. The NATO chief met Zelensky.")
                    .contains("Mark Rutte meets-with Volodymyr Zelensky"));
    EXPECT_TRUE(entities("He met His Royal Highness the Crown Prince.").empty());
    // An office held from one year to another is held no more.
    EXPECT_FALSE(facts("Evo Morales, Bolivia's president from 2006 to 2019, accused Chile of bad "
                       "faith.")
                     .contains("Evo Morales leads Bolivia"));
}

TEST(Extractor, Dev14sForms) {
    // Things do not speak, a boat no more than vessels; a role in lower case leads to its
    // holder, who is the subject.
    EXPECT_TRUE(facts("Chinese foreign ministry spokesperson Lin Jian said the Philippine boat had "
                      "intruded, and urged Manila to stop.")
                    .contains("Lin Jian urges Philippines"));
    EXPECT_TRUE(facts("Russia has kept troops in Moldova's breakaway region of Transnistria.")
                    .contains("Transnistria located-in Moldova"));
    EXPECT_TRUE(facts("He flew to Punta del Este, a beach resort in Uruguay's Maldonado "
                      "department.")
                    .contains("Punta del Este located-in Maldonado"));
    EXPECT_TRUE(facts("The border runs past Azerbaijan's Nakhchivan exclave.")
                    .contains("Nakhchivan located-in Azerbaijan"));
    EXPECT_TRUE(
        facts("Orban has loudly backed Fico.").contains("Viktor Orbán supports Robert Fico"));
    // Held over a closed span of years, an office is held no more; held since, it is.
    EXPECT_FALSE(facts("Evo Morales, Bolivia's president from 2006 to 2019, spoke.")
                     .contains("Evo Morales leads Bolivia"));
    EXPECT_TRUE(facts("Lula, Brazil's president from 2003 to 2010 and again since 2023, spoke.")
                    .contains("Lula leads Brazil"));
    // A negated body before a colon list has no members there.
    EXPECT_FALSE(facts("Non-NATO countries: Austria, Ireland and Malta, took part.")
                     .contains("Austria member-of NATO"));
    // People have acronyms too; a body's name joins its words.
    EXPECT_FALSE(entities("John Fitzgerald Kennedy (JFK) met Nikita Khrushchev.")
                     .contains("John Fitzgerald Kennedy:organization"));
}

TEST(Extractor, MorePlaces) {
    EXPECT_TRUE(facts("Forces stayed at Thule Air Base, in Greenland's far north-west.")
                    .contains("Thule Air Base located-in Greenland"));
    EXPECT_TRUE(facts("In Paita, a fishing town on Peru's northern coast, fishermen protested.")
                    .contains("Paita located-in Peru"));
    EXPECT_TRUE(facts("Transnistria also lies in eastern Moldova.")
                    .contains("Transnistria located-in Moldova"));
    EXPECT_TRUE(facts("Hwange district, in Zimbabwe's Matabeleland North province, is dry.")
                    .contains("Hwange located-in Matabeleland North"));
    EXPECT_TRUE(facts("Tankers loaded at Yemen's Ras Kanatib terminal.")
                    .contains("Ras Kanatib located-in Yemen"));
    EXPECT_TRUE(facts("He backed the Dukovany nuclear plant in southern Czechia.")
                    .contains("Dukovany located-in Czech Republic"));
    // A state named with another country's name or demonym is the state.
    const auto names = entities("Officials in British Columbia and New South Wales spoke.");
    EXPECT_TRUE(names.contains("British Columbia:location"));
    EXPECT_FALSE(names.contains("United Kingdom:country"));
}

TEST(Extractor, WhoIsAPersonsPastTheBodyThePersonIsOf) {
    const auto got = facts("\"They broke the law,\" said Assistant Attorney General Jane Roe of "
                           "the Justice Department's Export Division, who warned that Iran "
                           "threatens Israel.");
    EXPECT_TRUE(got.contains("Jane Roe warns-of Iran"));
    EXPECT_FALSE(got.contains("Export Division warns-of Iran"));
    // The titled person's name stops before the body it is of.
    EXPECT_TRUE(facts("Director General Ana Ruiz of the Tropical Fisheries Agency met Abbas "
                      "Araghchi.")
                    .contains("Ana Ruiz leads Tropical Fisheries Agency"));
}

TEST(Extractor, MoreOfHowNewsStatesDeploymentsSupportThreatsAndMembers) {
    EXPECT_TRUE(
        facts("Chile flew 90 military police to Haiti.").contains("Chile deploys-to Haiti"));
    EXPECT_TRUE(facts("Iran poses a threat to the entire Middle East.")
                    .contains("Iran threatens Middle East"));
    EXPECT_TRUE(
        facts("Hamas, an Iran-backed group, fired rockets.").contains("Iran supports Hamas"));
    EXPECT_FALSE(facts("In the island nation of Kiribati, a Chinese-funded airstrip is being "
                       "upgraded.")
                     .contains("China supports Kiribati"));
    EXPECT_TRUE(facts("Egypt has trained thousands of Somali soldiers.")
                    .contains("Egypt supports Somalia"));
    EXPECT_TRUE(facts("Laos has privately complained to Thailand about the dam.")
                    .contains("Laos criticizes Thailand"));
    EXPECT_TRUE(facts("ASEAN, the ten-nation Southeast Asian bloc made up of Laos, Vietnam and "
                      "Cambodia, met in Vientiane.")
                    .contains("Vietnam member-of ASEAN"));
    // An aside that opens with "all", and "each" before the verb.
    const auto each = facts("Ghana, Togo and Benin, all members of ECOWAS, have each sent troops "
                            "to Mali.");
    EXPECT_TRUE(each.contains("Togo deploys-to Mali"));
    EXPECT_TRUE(each.contains("Benin member-of ECOWAS"));
}

TEST(Extractor, CriticismOfWhatAnotherDid) {
    EXPECT_TRUE(facts("Ghana complained about Togo's border closures.")
                    .contains("Ghana criticizes Togo"));
    EXPECT_TRUE(facts("Vietnam objected to patrols by Chinese coast guard ships near the Paracels.")
                    .contains("Vietnam criticizes China"));
    EXPECT_TRUE(facts("Kenya criticised repeated incursions by Somali militias.")
                    .contains("Kenya criticizes Somalia"));
    EXPECT_TRUE(facts("Brazil's foreign minister called the Venezuelan decision \"unacceptable\".")
                    .contains("Brazil criticizes Venezuela"));
    EXPECT_TRUE(facts("Chile described Bolivia's stance as hostile.")
                    .contains("Chile criticizes Bolivia"));
    // Attacked in words, with a reason, not in arms, which takes a time.
    EXPECT_EQ(facts("Colombian President Gustavo Petro attacked Nayib Bukele for his prisons."),
              (std::set<std::string>{"Gustavo Petro leads Colombia",
                                     "Gustavo Petro criticizes Nayib Bukele"}));
    EXPECT_EQ(facts("Armenia attacked Azerbaijan for the third day."),
              (std::set<std::string>{"Armenia fights Azerbaijan"}));
    // The one a spokesperson speaks for, and a person sanctioned "on" whom a pronoun names
    // after a time.
    EXPECT_TRUE(facts("A spokeswoman for Japan's foreign ministry accused Beijing of intimidation.")
                    .contains("Japan criticizes China"));
    EXPECT_TRUE(facts("Lithuania imposed sanctions on Bidzina Ivanishvili at the end of the year, "
                      "accusing him of undermining democracy.")
                    .contains("Lithuania criticizes Bidzina Ivanishvili"));
}

TEST(Extractor, WhatTheSeventeenthReviewFound) {
    // Those a sentence excepts do not act.
    EXPECT_EQ(facts("All NATO members except Turkey and Hungary supply weapons to Ukraine."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Every EU state excluding Malta sent aid to Jordan."), std::set<std::string>{});
    // Aid offered is not given; support offered in words is.
    EXPECT_EQ(facts("Japan offered aid to Tonga after the eruption."), std::set<std::string>{});
    EXPECT_TRUE(facts("France offered its full support to Moldova.")
                    .contains("France supports Moldova"));
    // "the visa regime" is no country's government.
    EXPECT_EQ(facts("Former Iranian Vice President Javad Zarif condemned the visa regime."),
              std::set<std::string>{});
    EXPECT_TRUE(facts("The Turkish trade ministry denounced Greece's new tariffs.")
                    .contains("Turkey criticizes Greece"));
    EXPECT_TRUE(facts("The EU urged Serbia's government to recognise Kosovo.")
                    .contains("European Union urges Serbia"));
    EXPECT_TRUE(facts("Emperor Naruhito met Kenyan President William Ruto in Tokyo.")
                    .contains("Naruhito meets-with William Ruto"));
    EXPECT_TRUE(
        facts("Norway sends NASAMS battery to Ukraine.").contains("Norway supplies Ukraine"));
    EXPECT_TRUE(facts("Hungary hosts American nuclear warheads.")
                    .contains("United States deploys-to Hungary"));
    EXPECT_TRUE(facts("Azerbaijan boosted gas exports to Italy.")
                    .contains("Azerbaijan supplies Italy"));
    EXPECT_TRUE(facts("The arms embargo on Venezuela, imposed by Canada in 2017, remains.")
                    .contains("Canada sanctions Venezuela"));
}

TEST(Extractor, PlacesListedAndPlacedInAsides) {
    EXPECT_EQ(facts("Rebels seized a base near Menaka, eastern Mali, on Friday."),
              (std::set<std::string>{"Menaka located-in Mali"}));
    // Each name of a list after "the ... departments of", though none is known.
    EXPECT_EQ(facts("Floods hit the Bolivian departments of Beni, Pando and Chuquisaca."),
              (std::set<std::string>{"Beni located-in Bolivia", "Pando located-in Bolivia",
                                     "Chuquisaca located-in Bolivia"}));
    EXPECT_TRUE(facts("Quelimane, on Mozambique's central coast, was flooded.")
                    .contains("Quelimane located-in Mozambique"));
    EXPECT_TRUE(facts("China built the port at Kribi in Cameroon.")
                    .contains("Kribi located-in Cameroon"));
    // A plural names the places a province holds; a region or a district in the singular is
    // the place it names, in the place after "of"; a municipality may be either.
    EXPECT_TRUE(facts("The floods reached the Sindh districts of Dadu, Larkana and Jacobabad.")
                    .contains("Larkana located-in Sindh"));
    EXPECT_EQ(facts("The plant lies in the Bandipora district of Jammu and Kashmir."),
              std::set<std::string>{"Bandipora located-in Jammu and Kashmir"});
    EXPECT_EQ(facts("Pag-asa is the seat of the Palawan municipality of Kalayaan."),
              std::set<std::string>{});
}

TEST(Extractor, SuppliesAsNewsAndDataStateThem) {
    // Armed or paid for by another, in a clause that "both of which" opens, or an aside.
    const auto armed = facts("The Houthis and Hezbollah, both of which are armed by Iran, fired "
                             "rockets.");
    EXPECT_TRUE(armed.contains("Iran supplies Houthis"));
    EXPECT_TRUE(armed.contains("Iran supplies Hezbollah"));
    EXPECT_TRUE(facts("The M23, armed and financed by Rwanda, took Goma.")
                    .contains("Rwanda supplies M23"));
    // A weapon's name is no entity between the verb and the goods.
    EXPECT_TRUE(
        facts("Russia delivered two Orlan drones to Mali.").contains("Russia supplies Mali"));
    EXPECT_EQ(facts("Greece's biggest customers were Cyprus and Bulgaria."),
              (std::set<std::string>{"Greece supplies Cyprus", "Greece supplies Bulgaria"}));
    EXPECT_TRUE(facts("Kazakhstan remained China's largest client.")
                    .contains("China supplies Kazakhstan"));
    // A place supplies nothing; two sides that trade fire do not trade.
    EXPECT_EQ(facts("Egypt imports gas from the Leviathan field."), std::set<std::string>{});
    EXPECT_FALSE(facts("Sudan and South Sudan trade artillery fire across the border.")
                     .contains("South Sudan cooperates-with Sudan"));
    // Developing something together is cooperation.
    EXPECT_TRUE(facts("Germany, France and Spain continue to co-develop the fighter.")
                    .contains("France cooperates-with Spain"));
    // A region's own government is a body of its own.
    EXPECT_TRUE(facts("Getachew Reda, president of the Tigray Interim Administration, urged calm.")
                    .contains("Getachew Reda leads Tigray Interim Administration"));
}

TEST(Extractor, WhatTheEighteenthReviewFound) {
    // A rule that ended is led no more; a title that begins a name is none.
    EXPECT_EQ(facts("King Zahir Shah ruled Afghanistan until he was overthrown in 1973."),
              std::set<std::string>{});
    EXPECT_EQ(facts("The Indian Premier League final was held in Ahmedabad."),
              std::set<std::string>{});
    EXPECT_TRUE(facts("The Philippines condemned dangerous manoeuvres by a Chinese coast guard "
                      "ship.")
                    .contains("Philippines criticizes China"));
    EXPECT_TRUE(facts("Sudan's army has been armed by Egypt.").contains("Egypt supplies Sudan"));
    EXPECT_TRUE(facts("Gunmen killed six soldiers near Wana, north-western Pakistan.")
                    .contains("Wana located-in Pakistan"));
}

TEST(Extractor, DeploymentsAndCriticismInClausesOfTheirOwn) {
    EXPECT_TRUE(facts("A small team that China has kept in Vanuatu since 2023 trains police.")
                    .contains("China deploys-to Vanuatu"));
    EXPECT_TRUE(facts("Syria, where Russia has stationed warplanes since 2015, remains divided.")
                    .contains("Russia deploys-to Syria"));
    EXPECT_TRUE(facts("Uganda has deployed thousands of soldiers on Congolese soil.")
                    .contains("Uganda deploys-to Democratic Republic of the Congo"));
    EXPECT_TRUE(facts("Amnesty accused fighters of the paramilitary Wagner Group of killing "
                      "civilians.")
                    .contains("Amnesty International criticizes Wagner Group"));
    EXPECT_TRUE(facts("Macron used his speech to criticise Russia's conduct in Africa.")
                    .contains("Emmanuel Macron criticizes Russia"));
    EXPECT_TRUE(facts("The Security Council adopted resolution 2719, which condemned the Houthi "
                      "attacks.")
                    .contains("UN Security Council criticizes Houthis"));
}

TEST(Extractor, ListsPastANameOfNoKnownKindAndWhatCausesMakeOthersDo) {
    // A name of no known kind in a list of bodies is passed over, not the list's end.
    EXPECT_EQ(
        facts("Romania is a member of NATO, the Lublin Triangle and the European "
              "Union."),
        (std::set<std::string>{"Romania member-of NATO", "Romania member-of European Union"}));
    EXPECT_TRUE(facts("Serbia is a member of the Organization of the Black Sea Economic "
                      "Cooperation.")
                    .contains("Serbia member-of BSEC"));
    EXPECT_TRUE(facts("The chairperson of the African Union Commission, Mahmoud Ali Youssouf, "
                      "spoke.")
                    .contains("Mahmoud Ali Youssouf leads African Union Commission"));
    // What a cause made others do, they did; not when the cause is denied.
    EXPECT_EQ(facts("The tariffs prompted Beijing to accuse Washington of coercion."),
              (std::set<std::string>{"China criticizes United States"}));
    EXPECT_EQ(facts("The strike did not lead Israel to attack Iran."), std::set<std::string>{});
    // Amir is a name as often as a title.
    EXPECT_TRUE(facts("Foreign Minister Amir Khan Muttaqi met Jaishankar.")
                    .contains("Amir Khan Muttaqi meets-with Subrahmanyam Jaishankar"));
}

TEST(Extractor, WrongFactsOfTheSeventeenthAndEighteenthSets) {
    // No one acts on itself through a reference to "both sides".
    EXPECT_EQ(facts("Qatar and Egypt, which brokered the truce, urged both sides to keep it."),
              std::set<std::string>{});
    // "of which" belongs to the nearest name of a pair.
    EXPECT_EQ(facts("The deal between the European Union and Mercosur, of which Paraguay is a "
                    "member, was signed."),
              (std::set<std::string>{"European Union cooperates-with Mercosur",
                                     "Paraguay member-of Mercosur"}));
    EXPECT_EQ(facts("Trump announced an end to American sanctions on Syria."),
              std::set<std::string>{});
    // A name before a hyphen and a participle qualifies the place: it is none.
    EXPECT_EQ(facts("Rights groups condemned the deployment of Israeli troops into the "
                    "UN-patrolled buffer zone."),
              std::set<std::string>{});
    // "it" after a court a country was taken to is not the court.
    EXPECT_FALSE(facts("Mali took Algeria to the International Court of Justice, accusing it of "
                       "aggression.")
                     .contains("Mali criticizes ICJ"));
    // Sheikh is an honorific before the name.
    EXPECT_TRUE(facts("UAE President Sheikh Mohamed bin Zayed toured the halls.")
                    .contains("Mohammed bin Zayed leads United Arab Emirates"));
    EXPECT_TRUE(facts("Sheikh Hasina fled to India.").empty());
}

TEST(Extractor, MembershipsAsNewsStatesThem) {
    EXPECT_TRUE(facts("Egypt was readmitted to the African Union in 2014.")
                    .contains("Egypt member-of African Union"));
    EXPECT_EQ(facts("Both Norway and Iceland are in NATO."),
              (std::set<std::string>{"Norway member-of NATO", "Iceland member-of NATO"}));
    // In talks with a body is no membership of it (it is a meeting: meet.in-talks).
    EXPECT_EQ(facts("Norway is in talks with the EU."),
              (std::set<std::string>{"European Union meets-with Norway"}));
    const auto csto = facts("Belarus, Armenia and Kazakhstan all belong to the CSTO, which also "
                            "includes Tajikistan.");
    EXPECT_TRUE(csto.contains("Armenia member-of CSTO"));
    EXPECT_TRUE(csto.contains("Tajikistan member-of CSTO"));
    EXPECT_TRUE(facts("Chad, Niger and Mali, the three members of the Liptako-Gourma Authority, "
                      "met.")
                    .contains("Niger member-of Liptako-Gourma Authority"));
    EXPECT_TRUE(facts("Brazil is one of the BRICS group's founding members.")
                    .contains("Brazil member-of BRICS"));
    EXPECT_TRUE(facts("Finland, Sweden and Denmark, all EU member states, agreed.")
                    .contains("Sweden member-of European Union"));
}

TEST(Extractor, LeadersAsNewsNamesThem) {
    // A head of state's counterpart heads the other state; a minister's does not.
    EXPECT_TRUE(facts("Kenyan President William Ruto flew to Kampala to meet his Ugandan "
                      "counterpart, Yoweri Museveni.")
                    .contains("Yoweri Museveni leads Uganda"));
    EXPECT_FALSE(facts("Kenyan Foreign Minister Musalia Mudavadi met his Ugandan counterpart, "
                       "Jeje Odongo.")
                     .contains("Jeje Odongo leads Uganda"));
    EXPECT_TRUE(facts("The Wagner Group, commanded by Dmitry Utkin, left Mali.")
                    .contains("Dmitry Utkin leads Wagner Group"));
    EXPECT_TRUE(facts("Hamas is commanded by Yahya Sinwar.").contains("Yahya Sinwar leads Hamas"));
    EXPECT_TRUE(facts("Musa Kamal is Hamas's leader.")
                    .contains("Musa Kamal leads Hamas"));
    EXPECT_TRUE(facts("Paz, who became Bolivia's first woman president, spoke.").empty());
    EXPECT_TRUE(facts("Xiomara Castro, who became Honduras's first woman president, spoke.")
                    .contains("Xiomara Castro leads Honduras"));
    EXPECT_TRUE(facts("Ilan Alvarez, Administrator of the Panama Canal Authority, spoke.")
                    .contains("Ilan Alvarez leads Panama Canal Authority"));
    // A title of one after a pair is the last name's.
    EXPECT_FALSE(facts("The meeting between Olusegun Obasanjo and Dr. Ngozi Okonjo-Iweala, "
                       "Director-General of the WTO, focused on trade.")
                     .contains("Olusegun Obasanjo leads WTO"));
}

TEST(Extractor, MeetingsAHostArrangesAndTravelForTalks) {
    EXPECT_TRUE(facts("Emmanuel Macron hosted Nikol Pashinyan and Ilham Aliyev for a trilateral "
                      "meeting in Paris.")
                    .contains("Ilham Aliyev meets-with Nikol Pashinyan"));
    // Indirect talks bring no one face to face.
    EXPECT_FALSE(facts("Egypt hosted Israel and Hamas for indirect talks.")
                     .contains("Hamas meets-with Israel"));
    EXPECT_TRUE(facts("Indian Prime Minister Narendra Modi flew in for talks with Sheikh Hasina.")
                    .contains("Narendra Modi meets-with Sheikh Hasina"));
    // An arrangement two sides agreed is cooperation; one they agreed to make is not yet.
    EXPECT_TRUE(facts("Hanoi and Beijing agreed a provisional arrangement for fishing in 2024.")
                    .contains("China cooperates-with Vietnam"));
    EXPECT_TRUE(facts("Norway has spent a year working alongside Qatar on a truce.")
                    .contains("Norway cooperates-with Qatar"));
}

TEST(Extractor, CallsImportsAndFirmsOfACountry) {
    EXPECT_TRUE(facts("Brazil renewed its call on Israel and Hamas to free the hostages.")
                    .contains("Brazil urges Hamas"));
    EXPECT_TRUE(facts("Armenia's imports from Iran rose by a third.")
                    .contains("Iran supplies Armenia"));
    EXPECT_TRUE(facts("Poland keeps urging Berlin to send more tanks.")
                    .contains("Poland urges Germany"));
    // A relative clause after "FIRM of COUNTRY" is the firm's.
    const auto firm = facts("Naval Group of France, which delivered submarines to Brazil, spoke.");
    EXPECT_FALSE(firm.contains("France supplies Brazil"));
    EXPECT_TRUE(facts("Ukraine urged UEFA and the IOC to ban Russian teams.")
                    .contains("Ukraine urges International Olympic Committee"));
}

TEST(Extractor, WhatTheNineteenthReviewFound) {
    // An office held before, to come, or ranked is none the holder leads now.
    EXPECT_EQ(facts("Boris Johnson is Britain's former prime minister."), std::set<std::string>{});
    EXPECT_EQ(facts("Donald Trump is America's president-elect."), std::set<std::string>{});
    EXPECT_EQ(facts("Viktor Orban is the EU's longest-serving leader."), std::set<std::string>{});
    EXPECT_EQ(facts("The Houthis were commanded by Hussein al-Houthi until his death."),
              std::set<std::string>{});
    // "Sheikh" is an honorific before a known name, and a word of other names.
    EXPECT_TRUE(facts("Qatari Emir Sheikh Tamim bin Hamad Al Thani met Erdogan.")
                    .contains("Tamim bin Hamad Al Thani leads Qatar"));
    EXPECT_TRUE(facts("Hussein al-Sheikh met Antony Blinken in Ramallah.")
                    .contains("Antony Blinken meets-with Hussein al-Sheikh"));
    // Accusing a group's members criticizes the group; it makes no one a member.
    EXPECT_EQ(facts("Kenya accused members of Al-Shabaab of planning attacks."),
              (std::set<std::string>{"Kenya criticizes Al-Shabaab"}));
}

TEST(Extractor, StatesOfACountryAndResponsibilityHeld) {
    EXPECT_TRUE(facts("Violence flared in the Indian state of Manipur.")
                    .contains("Manipur located-in India"));
    EXPECT_TRUE(facts("Kyiv held Moscow accountable for the strike on Sumy.")
                    .contains("Ukraine criticizes Russia"));
    EXPECT_TRUE(facts("The EU sanctioned Ilan Shor, whom Moldovan prosecutors accuse of buying "
                      "votes.")
                    .contains("Moldova criticizes Ilan Shor"));
    EXPECT_TRUE(facts("France condemned atrocities committed by Wagner fighters.")
                    .contains("France criticizes Wagner Group"));
}

TEST(Extractor, WhatTheTwentiethReviewFound) {
    // A claim nothing bears out is none.
    EXPECT_EQ(facts("No evidence has emerged that Serbia supplied shells to Russia."),
              std::set<std::string>{});
    // A name that only qualifies the one accused, or what a person led for a country.
    EXPECT_EQ(facts("Kazakhstan accused the Russia-led bloc of failing to act."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Secretary of State Marco Rubio led the U.S. delegation to the talks."),
              std::set<std::string>{});
    EXPECT_TRUE(facts("Cox's Bazar, a district in southeastern Bangladesh, hosts refugees.")
                    .contains("Cox's Bazar located-in Bangladesh"));
    // A sea's port is not in the sea's name; a region's town is in the region.
    EXPECT_EQ(facts("Batumi, the Black Sea port city, welcomed tourists."),
              std::set<std::string>{});
    EXPECT_TRUE(facts("Adigrat, a Tigrayan town near the border, was shelled.")
                    .contains("Adigrat located-in Tigray"));
}

TEST(Extractor, WhatTheNineteenthSetTaught) {
    // A role played as a member; the bodies after "a member of X," go on its list.
    EXPECT_EQ(facts("Kenya has played a busy role as a member of IGAD, the EAC and the Commonwealth."),
              (std::set<std::string>{"Kenya member-of Commonwealth",
                                     "Kenya member-of East African Community",
                                     "Kenya member-of IGAD"}));
    EXPECT_TRUE(facts("As a member of SADC, Zambia sent observers to the vote.")
                    .contains("Zambia member-of SADC"));
    // A word that opens the sentence is no part of a name, and a storm is nobody.
    EXPECT_TRUE(entities("Following Operation Kavach, India withdrew.")
                    .contains("Operation Kavach:other"));
    EXPECT_EQ(facts("Typhoon Noru, which hit Vietnam last week, killed ten."),
              std::set<std::string>{});
    // "We, the Heads of State of the Member States of X": we are X, not a name of capitals.
    EXPECT_TRUE(facts("We, the Heads of State/Government of the Member States of the "
                      "African Union, met in Addis Ababa. We urged Sudan to open its borders.")
                    .contains("African Union urges Sudan"));
    // A bloc formed by its members; a presidency taken over; standing with a "brotherly" ally.
    const auto bloc = facts("Captain Doumbouya took over the rotating presidency of ECOWAS, the "
                            "bloc founded by Nigeria, Ghana and Togo in 1975.");
    EXPECT_TRUE(bloc.contains("Mamadi Doumbouya leads ECOWAS"));
    EXPECT_TRUE(bloc.contains("Ghana member-of ECOWAS"));
    EXPECT_TRUE(facts("\"Pakistan stands with brotherly Qatar,\" the minister said.")
                    .contains("Pakistan supports Qatar"));
    // Bought or ordered from a seller; a procurement from it; not imports it banned.
    EXPECT_TRUE(facts("Morocco ordered two corvettes from Spain last year.")
                    .contains("Spain supplies Morocco"));
    EXPECT_TRUE(facts("Serbia completed the purchase of twelve Rafale jets from France.")
                    .contains("France supplies Serbia"));
    EXPECT_EQ(facts("Ukraine banned imports of grain from Hungary in 2023."),
              std::set<std::string>{});
    // A clause after an apposition with "that" is the name's; not after a word for what the
    // sentence said.
    EXPECT_TRUE(facts("Al-Shabaab, the militant group that has waged an insurgency against "
                      "Somalia's government since 2006, struck again.")
                    .contains("Al-Shabaab fights Somalia"));
    EXPECT_FALSE(facts("Turkey said it would block Sweden's entry into NATO, a stance that drew "
                       "criticism from Finland.")
                     .contains("Finland criticizes NATO"));
}

TEST(Extractor, WhatTheTwentyFirstReviewAndTheTwentiethSetsFound) {
    // Those killed are no members of the killer.
    EXPECT_EQ(facts("Israeli jets struck a compound in Doha, killing five members of Hamas."),
              std::set<std::string>{});
    // A region's summit with a bloc is no meeting of the region.
    EXPECT_EQ(facts("Tanzania attended the EU-East Africa summit in Arusha."),
              std::set<std::string>{});
    // "which" is a body's, not the person an aside names for it.
    EXPECT_EQ(facts("Hezbollah, led by Naim Qassem, which has fired rockets at Israel, warned "
                    "of war."),
              (std::set<std::string>{"Hezbollah fights Israel", "Naim Qassem leads Hezbollah"}));
    // A war of trade, or one supposed, is no fight; nor are strikes fought with a sea.
    EXPECT_EQ(facts("Economists warned that a trade war between Japan and South Korea would "
                    "hurt exporters."),
              std::set<std::string>{});
    EXPECT_EQ(facts("A war between Eritrea and Ethiopia would be a disaster, the envoy said."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Critics called Putin's strikes in the Black Sea reckless."),
              std::set<std::string>{});
    // A claim denied, whoever made it.
    EXPECT_EQ(facts("Hungary rejected claims by Ukraine that Hungarian firms supply Russia with "
                    "parts."),
              std::set<std::string>{});
    // Places and a group the lexicon now knows.
    EXPECT_EQ(facts("The WFP delivered food to people in Santiago de Cuba."),
              (std::set<std::string>{"WFP supplies Santiago de Cuba"}));
    EXPECT_TRUE(entities("Russia sent two submarines into the Norwegian Sea.")
                    .contains("Norwegian Sea:location"));
    EXPECT_TRUE(entities("Tehrik-i-Taliban Pakistan claimed the attack.")
                    .contains("Tehreek-e-Taliban Pakistan:organization"));
    EXPECT_TRUE(facts("Police patrolled the town of Arawa, in the Autonomous Region of "
                      "Bougainville, on Monday.")
                    .contains("Arawa located-in Bougainville"));
}

TEST(Extractor, WhatTheTwentyFirstSetTaught) {
    // Strikes on a country's depots or towns, and barrages answered, are fights.
    EXPECT_TRUE(facts("Russian missiles struck oil depots in Ukraine's Dnipro region overnight.")
                    .contains("Russia fights Ukraine"));
    EXPECT_EQ(facts("Hezbollah answered with rocket barrages on Israeli towns."),
              (std::set<std::string>{"Hezbollah fights Israel"}));
    // A closest partner or ally with a word between; solidarity shown; support received.
    EXPECT_EQ(facts("Belarus is Russia's closest military ally."),
              (std::set<std::string>{"Belarus allied-with Russia"}));
    EXPECT_EQ(facts("Poland has shown solidarity with Lithuania."),
              (std::set<std::string>{"Poland supports Lithuania"}));
    EXPECT_EQ(facts("The Houthis receive support from Iran, officials said."),
              (std::set<std::string>{"Iran supports Houthis"}));
    // Advisers sent with a system of several words; members alongside a member.
    EXPECT_TRUE(facts("Russia sent military advisers and an air-defence system to Burkina Faso.")
                    .contains("Russia deploys-to Burkina Faso"));
    EXPECT_TRUE(facts("Hungary is a member of NATO, alongside Slovakia and Czechia.")
                    .contains("Slovakia member-of NATO"));
    // Departments and prefectures of a country.
    EXPECT_TRUE(facts("Fighting spread to the Ouham and Ouaka prefectures of the Central "
                      "African Republic.")
                    .contains("Ouaka located-in Central African Republic"));
    // "the junta" is the country the sentence before named.
    EXPECT_TRUE(facts("Soldiers seized power in Niger in 2023. The African Union urged the junta "
                      "to release Mohamed Bazoum.")
                    .contains("African Union urges Niger"));
}

TEST(Extractor, TheMissesOfTheTwentyFirstReview) {
    // One of a buyer's suppliers; a swap line extended; many drones launched at a country.
    EXPECT_EQ(facts("Kazakhstan has become one of Italy's main oil suppliers."),
              (std::set<std::string>{"Kazakhstan supplies Italy"}));
    EXPECT_EQ(facts("China extended a 5-billion-dollar currency swap line to Egypt."),
              (std::set<std::string>{"China supplies Egypt"}));
    EXPECT_EQ(facts("Russia fired more than 300 drones and 20 cruise missiles at Ukraine."),
              (std::set<std::string>{"Russia fights Ukraine"}));
    // A bloc that admits a member; founders named after "including".
    EXPECT_EQ(facts("The SCO admitted Belarus as its tenth member in July."),
              (std::set<std::string>{"Belarus member-of SCO"}));
    EXPECT_EQ(facts("The SCO was founded in 2001 by six countries, including China and "
                    "Kazakhstan."),
              (std::set<std::string>{"China member-of SCO", "Kazakhstan member-of SCO"}));
    // Cooperation two sides deepened; and a hub of a country.
    EXPECT_EQ(facts("Egypt and Greece have deepened defence cooperation."),
              (std::set<std::string>{"Egypt cooperates-with Greece"}));
    EXPECT_EQ(facts("Production in Odesa, Ukraine's main grain hub, resumed."),
              (std::set<std::string>{"Odesa located-in Ukraine"}));
}

TEST(Extractor, WhatTheTwentiethSetTaught) {
    // Troops from a list of countries deployed with a mission in a place.
    EXPECT_EQ(facts("Soldiers from Chad and Niger are deployed with the force in Mali."),
              (std::set<std::string>{"Chad deploys-to Mali", "Niger deploys-to Mali"}));
    // An agreement or an alliance that two sides signed, "that" left out.
    EXPECT_EQ(facts("Analysts praised the water treaty that Uzbekistan and Kazakhstan signed."),
              (std::set<std::string>{"Kazakhstan cooperates-with Uzbekistan"}));
    EXPECT_TRUE(facts("It was the security pact Fiji signed with New Zealand in 2024.")
                    .contains("Fiji allied-with New Zealand"));
    // Defending against another's war; a country's sites at named places.
    EXPECT_EQ(facts("Taiwan must be able to defend itself against China's aggression."),
              (std::set<std::string>{"China fights Taiwan"}));
    EXPECT_TRUE(facts("Israel struck Iran's nuclear facilities at Natanz and Fordow.")
                    .contains("Fordow located-in Iran"));
    // A caption's "(left)" is read past; two leaders "after talks" met.
    EXPECT_EQ(facts("Egyptian President Abdel Fattah el-Sisi (left) meets King Abdullah II in "
                    "Cairo."),
              (std::set<std::string>{"Abdel Fattah el-Sisi leads Egypt",
                                     "Abdel Fattah el-Sisi meets-with Abdullah II"}));
    EXPECT_TRUE(facts("Polish Prime Minister Donald Tusk and Lithuanian President Gitanas "
                      "Nauseda after talks in Vilnius.")
                    .contains("Donald Tusk meets-with Gitanas Nausėda"));
    // In apposition "the alliance" is words, unless the sentence opens with a place.
    EXPECT_TRUE(facts("They came under the Falepili Union, the alliance treaty Tuvalu signed "
                      "with Australia.")
                    .contains("Australia allied-with Tuvalu"));
}

TEST(Extractor, SupplyFormsTheSetsMissed) {
    // A buyer's customers "are now"; a payment; a loan received; a currency is no country.
    EXPECT_EQ(facts("Germany's main customers are now Egypt and Israel."),
              (std::set<std::string>{"Germany supplies Egypt", "Germany supplies Israel"}));
    EXPECT_EQ(facts("Japan pays Palau 20 million dollars a year for coastal radar."),
              (std::set<std::string>{"Japan supplies Palau"}));
    EXPECT_EQ(facts("Officials said Kenya had received a new loan from the World Bank."),
              (std::set<std::string>{"World Bank supplies Kenya"}));
    EXPECT_EQ(facts("India has provided five million US dollars in emergency aid to Tonga."),
              (std::set<std::string>{"India supplies Tonga"}));
    // "of training and arming X": the accused arms X, not the accuser.
    EXPECT_EQ(facts("Mali accused Algeria of training and arming the FLA rebels."),
              (std::set<std::string>{"Algeria supplies Azawad Liberation Front",
                                     "Mali criticizes Algeria"}));
    EXPECT_EQ(facts("Sudan accused the UAE of training and arming the RSF."),
              (std::set<std::string>{"Sudan criticizes United Arab Emirates",
                                     "United Arab Emirates supplies Rapid Support Forces"}));
}

TEST(Extractor, WhatTheTwentySecondReviewFound) {
    // An order cancelled later in the sentence was no supply; a place stays where it is.
    EXPECT_EQ(facts("Slovakia ordered combat vehicles from Finland, but later cancelled the "
                    "order."),
              std::set<std::string>{});
    // A price war fought, hybrid attacks defended against: no fights. Another's invasion of
    // a third country is not fought by the one who must defend itself.
    EXPECT_EQ(facts("Saudi Arabia and Russia fought a brief oil price war in 2020."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Moldova must defend itself against Russian hybrid attacks."),
              std::set<std::string>{});
    EXPECT_TRUE(facts("Estonia warned of Russian hybrid attacks.")
                    .contains("Estonia warns-of Russia"));
    EXPECT_EQ(facts("Poland must be able to defend itself against Russia's invasion of "
                    "Ukraine."),
              (std::set<std::string>{"Russia fights Ukraine"}));
    EXPECT_EQ(facts("Ukraine continued to defend itself against the Russian invasion."),
              (std::set<std::string>{"Russia fights Ukraine"}));
    // Military sites abroad are not in the owner's country.
    EXPECT_EQ(facts("Russia's military sites at Tartus and Hmeimim in Syria were evacuated."),
              (std::set<std::string>{"Hmeimim located-in Syria", "Tartus located-in Syria"}));
    // "after talks with" a third: the two did not meet each other for it.
    EXPECT_EQ(facts("France and Germany after talks with China said they would coordinate."),
              std::set<std::string>{});
    // A flag or an owner's nationality names no one attacked.
    EXPECT_EQ(facts("The Houthis fired two missiles at a Greek-owned, Liberian-flagged tanker."),
              std::set<std::string>{});
    // A former member; a process a person leads for a body; a government a person heads.
    EXPECT_EQ(facts("Mexico, a former member of the Organization of American States, objected."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Former president Uhuru Kenyatta leads the East African Community's peace "
                    "process."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Muhammad Yunus heads Bangladesh's interim government."),
              (std::set<std::string>{"Muhammad Yunus leads Bangladesh"}));
    // "which" after a country's forces and the person leading them is the country's.
    EXPECT_TRUE(facts("The Pakistani military, led by Asim Munir, which struck targets in India, "
                      "warned of war.")
                    .contains("Pakistan fights India"));
    // A caption's greeting is a meeting; depots struck are a fight with their country.
    EXPECT_TRUE(facts("Indian Prime Minister Narendra Modi greets Kenyan President William Ruto "
                      "in New Delhi.")
                    .contains("Narendra Modi meets-with William Ruto"));
    EXPECT_EQ(facts("Ukrainian drones attacked an oil depot in Russia's Bryansk region."),
              (std::set<std::string>{"Bryansk located-in Russia", "Ukraine fights Russia"}));
}

TEST(Extractor, ANewNameKeepsTheFormTheTextWroteAsAnAlias) {
    // "Copperbelt Province" is Copperbelt, and the full form finds it (as `kgraph eval` resolves
    // gold names through aliases, and as a user's query may name it).
    const auto extraction =
        run("Mopani's mines are in Kitwe and Mufulira, two towns in Zambia's Copperbelt "
            "Province.");
    const auto it = std::find_if(extraction.entities.begin(), extraction.entities.end(),
                                 [](const EntityRecord& e) { return e.name == "Copperbelt"; });
    ASSERT_NE(it, extraction.entities.end());
    EXPECT_EQ(it->aliases, std::vector<std::string>{"Copperbelt Province"});
}

TEST(Extractor, WhatTheTwentyThirdSetTaught) {
    // Fighters a buyer bought, jets an air force flies that were bought from a seller, systems
    // of several words bought from a country.
    EXPECT_TRUE(facts("It listed the 24 F-16 fighters that Argentina bought from Denmark.")
                    .contains("Denmark supplies Argentina"));
    EXPECT_EQ(facts("Peru's air force flies jets bought second-hand from Russia."),
              (std::set<std::string>{"Russia supplies Peru"}));
    EXPECT_EQ(facts("Belgrade has bought Chinese FK-3 air-defence systems."),
              (std::set<std::string>{"China supplies Serbia"}));
    // A coast guard is a country's; its relative clause is the country's too.
    EXPECT_EQ(facts("Libya's coast guard, which has received patrol boats from Italy, "
                    "intercepted migrants."),
              (std::set<std::string>{"Italy supplies Libya"}));
    // Several countries that "all station troops" somewhere.
    EXPECT_EQ(facts("France and Japan all station troops in Djibouti."),
              (std::set<std::string>{"France deploys-to Djibouti", "Japan deploys-to Djibouti"}));
    // Accused of backing a group; a unit of an army; a force led by a person.
    EXPECT_EQ(facts("Kinshasa accused Kigali of backing the M23."),
              (std::set<std::string>{"Democratic Republic of the Congo criticizes Rwanda",
                                     "Rwanda supports M23"}));
    EXPECT_TRUE(facts("Abuses by the Tariq Bin Ziyad Brigade, a unit of the Libyan National "
                      "Army, the eastern force led by Khalifa Haftar, were listed.")
                    .contains("Khalifa Haftar leads Libyan National Army"));
    // A place on a country's coast; not one on its border, which may be the other side's.
    EXPECT_TRUE(facts("Strikes hit Hodeidah on Yemen's western coast.")
                    .contains("Hodeidah located-in Yemen"));
    EXPECT_FALSE(facts("Herat, on Iran's border, was hit by an earthquake.")
                     .contains("Herat located-in Iran"));
    // Not passive: countries discussed at a summit met no one.
    EXPECT_EQ(facts("Senegal, Mali and Niger were all discussed at the summit."),
              std::set<std::string>{});
    // A country's commission or party is a body of its own; so is the ECOWAS Commission.
    EXPECT_EQ(facts("China donated vehicles to the Solomon Islands Electoral Commission."),
              (std::set<std::string>{"China supplies Solomon Islands Electoral Commission"}));
    EXPECT_EQ(facts("Omar Alieu Touray, president of the ECOWAS Commission, spoke."),
              (std::set<std::string>{"Omar Alieu Touray leads ECOWAS Commission"}));
}

TEST(Extractor, MeetingsAndLeadersTheSetsMissed) {
    // The last word of a name no cue typed is that name again, but not after a preposition,
    // a possessive or before a word for a place, and not a letter or a word for a body.
    EXPECT_TRUE(facts("In Sarajevo, Milorad Dodik spoke. Later Dodik met Russian President "
                      "Vladimir Putin.")
                    .contains("Milorad Dodik meets-with Vladimir Putin"));
    EXPECT_FALSE(entities("Off Zambales, ships sailed. Towns in the Zambales region protested.")
                     .contains("Off Zambales:other"));
    EXPECT_FALSE(facts("The Paris Peace Forum opened. Speakers at the Doha Forum urged Israel "
                       "to accept a ceasefire.")
                     .contains("Paris Peace Forum urges Israel"));
    // A body's word in capitals is the body the document named with it.
    EXPECT_TRUE(facts("The Foreign Affairs Committee visited Azerbaijan. The EU sent observers. "
                      "In Baku, the Committee met Foreign Minister Jeyhun Bayramov.")
                    .contains("Foreign Affairs Committee meets-with Jeyhun Bayramov"));
    // A host's guests meet; a discussion with another; talks held there; a presidency gained.
    EXPECT_TRUE(facts("Angolan President Joao Lourenco hosted Felix Tshisekedi and Paul Kagame "
                      "in Luanda.")
                    .contains("Félix Tshisekedi meets-with Paul Kagame"));
    EXPECT_EQ(facts("Ishaq Dar discussed the award with Wang Yi in Beijing."),
              (std::set<std::string>{"Ishaq Dar meets-with Wang Yi"}));
    EXPECT_TRUE(facts("To Lam chose Beijing for his first visit and held talks there with Xi "
                      "Jinping.")
                    .contains("To Lam meets-with Xi Jinping"));
    EXPECT_EQ(facts("Relations eased after Gabriel Boric became president of Chile."),
              (std::set<std::string>{"Gabriel Boric leads Chile"}));
    // A coalition of groups led by a person, with words between.
    EXPECT_TRUE(facts("Goma is held by the M23, a coalition of armed groups led by former army "
                      "officer Sultani Makenga.")
                    .contains("Sultani Makenga leads M23"));
    // A body's board or observation mission is the body.
    EXPECT_EQ(facts("The SADC Electoral Observation Mission urged Namibia to count faster."),
              (std::set<std::string>{"SADC urges Namibia"}));
    EXPECT_EQ(facts("The Executive Board of the International Monetary Fund urged Zambia to "
                    "cut spending."),
              (std::set<std::string>{"IMF urges Zambia"}));
}

TEST(Extractor, PartiesFirmsArmedGroupsAndRegionsTheLexiconKnows) {
    EXPECT_EQ(facts("Jordan Bardella, the leader of the National Rally, criticized Germany."),
              (std::set<std::string>{"Jordan Bardella criticizes Germany",
                                     "Jordan Bardella leads National Rally"}));
    EXPECT_TRUE(facts("Turkey's Baykar sold TB2 drones to Poland.")
                    .contains("Baykar supplies Poland"));
    EXPECT_TRUE(facts("Viv Ansanm, a coalition of armed groups led by Jimmy Cherizier, attacked "
                      "the police.")
                    .contains("Jimmy Cherizier leads Viv Ansanm"));
    EXPECT_TRUE(entities("Fighting spread in Jubaland.").contains("Jubaland:location"));
    // A place the lexicon puts in one country is in no other the sentence lists after it.
    EXPECT_FALSE(facts("Following clashes in Sweida, Jordan, Israel and Lebanon urged calm.")
                     .contains("Sweida located-in Jordan"));
    // A place's name and "People's ... Force" name a body of that place.
    EXPECT_EQ(facts("The Amhara People's Defence Force accused Eritrea of raids."),
              (std::set<std::string>{"Amhara People's Defence Force criticizes Eritrea"}));
}

TEST(Extractor, ItsTitleAfterACommaIsTheSubjects) {
    EXPECT_EQ(facts("Kenya Airways signed a deal with Boeing, its chief executive Allan Kilavuka "
                    "said."),
              (std::set<std::string>{"Allan Kilavuka leads Kenya Airways",
                                     "Boeing cooperates-with Kenya Airways"}));
}

TEST(Extractor, WhatTheTwentyThirdReviewFound) {
    // "its leader" after a comma is the subject's, never a demonym's; a demonym and "strikes"
    // are a noun phrase, not an attack on the one named next.
    EXPECT_EQ(facts("Al-Shabaab has been weakened by Turkish drone strikes, and its leader "
                    "Ahmed Diriye has not been seen."),
              (std::set<std::string>{"Ahmed Diriye leads Al-Shabaab"}));
    // Closer ties sought are no alliance.
    EXPECT_EQ(facts("Bangladesh has sought closer ties with China since 2024."),
              std::set<std::string>{});
    // Strikes in a province fight no province; a base a country hosts is no deployment of it.
    EXPECT_EQ(facts("Pakistan carried out air strikes in Khost province on Monday."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Japan hosts the Kadena air base, which is used by the US Air Force."),
              std::set<std::string>{});
    // A place's name and "Foundation" name a body; gunmen act for their group.
    EXPECT_EQ(facts("The US-backed Gaza Humanitarian Foundation closed its sites."),
              (std::set<std::string>{"United States supports Gaza Humanitarian Foundation"}));
    EXPECT_EQ(facts("Hamas gunmen attacked southern Israel."),
              (std::set<std::string>{"Hamas fights Israel"}));
    // "the Alliance's 32nd member"; not a bloc's sanctions joined.
    EXPECT_TRUE(facts("Finland joined NATO in 2023, and Sweden became the Alliance's 32nd "
                      "member in 2024.")
                    .contains("Sweden member-of NATO"));
    EXPECT_FALSE(facts("Norway and Iceland, which are not members of the EU, joined the bloc's "
                       "sanctions on Russia.")
                     .contains("Norway member-of European Union"));
    // A deputy of a body leads it no more than a deputy of a state.
    EXPECT_FALSE(facts("The Deputy Director of the Russian Institute, Ivan Petrov, criticized "
                       "NATO.")
                     .contains("Ivan Petrov leads Russian Institute"));
}

TEST(Extractor, WhatTheTwentySecondSetShowed) {
    // What a correction says an earlier version wrongly said is no fact; a previous version of
    // a deal is history.
    EXPECT_EQ(facts("This story has been updated to correct an earlier version, which said "
                    "Rwandan troops had entered Goma."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Under a previous version of the deal, the United States supplied Ukraine "
                    "with loans."),
              (std::set<std::string>{"United States supplies Ukraine"}));
    // "Advocate" is read past as an honorific; the heads of state at a summit are nobody.
    EXPECT_TRUE(facts("The summit was hosted by His Excellency Advocate Duma Boko, President of "
                      "the Republic of Botswana.")
                    .contains("Duma Boko leads Botswana"));
    EXPECT_EQ(facts("The Heads of State and Government reiterated their call on the United "
                    "States to lift sanctions."),
              std::set<std::string>{});
    // A delegation a minister leads is not the minister's country to lead.
    EXPECT_EQ(facts("Kim Jong Un received the Russian military delegation led by Defence "
                    "Minister Andrei Belousov."),
              std::set<std::string>{});
    // A state's army named as such is the state.
    EXPECT_TRUE(facts("Units of the Korean People's Army were dispatched to Russia's Kursk "
                      "region.")
                    .contains("North Korea deploys-to Kursk"));
}

TEST(Extractor, ASummitsCommuniqueAndAMinistrysStatement) {
    // "Summit" speaks for the body the communique named its summit after.
    EXPECT_EQ(facts("The Ordinary Summit of Heads of State and Government of ECOWAS was held "
                    "in Abuja.\n\nSummit urged Guinea-Bissau to hold elections."),
              (std::set<std::string>{"ECOWAS urges Guinea-Bissau"}));
    // A state's ministry named with "of" is the state; an act condemned by its doer's demonym.
    EXPECT_EQ(facts("The Ministry of Foreign Affairs of Moldova strongly condemns the repeated "
                    "Russian drone incursions."),
              (std::set<std::string>{"Moldova criticizes Russia"}));
}

TEST(Extractor, GroupingsWhoseMembersAndPlacesNamedForSaints) {
    EXPECT_EQ(facts("Tonga skipped the Pacific Islands Forum, the regional body whose members "
                    "include Fiji and Samoa."),
              (std::set<std::string>{"Fiji member-of Pacific Islands Forum",
                                     "Samoa member-of Pacific Islands Forum"}));
    EXPECT_EQ(facts("Soldiers patrol Guatemala's western departments of San Marcos and Peten."),
              (std::set<std::string>{"Peten located-in Guatemala",
                                     "San Marcos located-in Guatemala"}));
}

TEST(Extractor, WhoseForcesAndTimePhrasesInRelativeClauses) {
    // "X, whose troops ..." is X's, with those who act for it; not a person's government.
    EXPECT_TRUE(facts("Rwanda, whose troops have been deployed in Mozambique's Cabo Delgado "
                      "province since 2021, declined to comment.")
                    .contains("Rwanda deploys-to Cabo Delgado"));
    EXPECT_FALSE(facts("French President Emmanuel Macron, whose government has sold artillery "
                       "to Armenia, spoke.")
                     .contains("Emmanuel Macron supplies Armenia"));
    // A time phrase that opens a relative clause is read past.
    EXPECT_TRUE(facts("Iran, which for years supplied Hezbollah with rockets, has lost that "
                      "corridor.")
                    .contains("Iran supplies Hezbollah"));
}

TEST(Extractor, AFactBoxLineIsItsHeadings) {
    EXPECT_EQ(facts("* Egypt: hosted talks between the two sides and backed the army."),
              std::set<std::string>{});
    EXPECT_EQ(facts("* Rapid Support Forces: led by Mohamed Hamdan Dagalo."),
              (std::set<std::string>{"Mohamed Hamdan Dagalo leads Rapid Support Forces"}));
    EXPECT_EQ(facts("Burundi: has deployed about 10,000 soldiers to eastern Congo."),
              (std::set<std::string>{"Burundi deploys-to Democratic Republic of the Congo"}));
    EXPECT_EQ(facts("* African Union: condemned the RSF's parallel government."),
              (std::set<std::string>{"African Union criticizes Rapid Support Forces"}));
}

TEST(Extractor, WhatTheTwentyFourthReviewFound) {
    // "The Summit" is the one last named.
    EXPECT_EQ(facts("Leaders met at the BRICS Summit in Kazan.\n\nThe ASEAN Summit in Kuala "
                    "Lumpur opened. The Summit urged Myanmar to end the violence."),
              (std::set<std::string>{"ASEAN urges Myanmar"}));
    // A party joined in an act or a government is no membership; a date after it is.
    EXPECT_EQ(facts("Law and Justice joined Fidesz in a new group in the European Parliament."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Finland joined NATO in April 2023."),
              (std::set<std::string>{"Finland member-of NATO"}));
    // Not any list: a list of preferred suppliers sanctions no one.
    EXPECT_EQ(facts("Japan added Huawei to its list of preferred suppliers."),
              std::set<std::string>{});
}

TEST(Extractor, ShipsAndPlacesTroopsAreSentTo) {
    // A ship named after its kind; troops sent to "the island of" a place; warships stationed
    // at a base; "has so far deployed"; a destroyer is troops.
    EXPECT_EQ(facts("Norway sent the frigate Fridtjof Nansen to the Gulf of Guinea."),
              (std::set<std::string>{"Norway deploys-to Gulf of Guinea"}));
    EXPECT_EQ(facts("Italy sent two navy frigates to the island of Lampedusa."),
              (std::set<std::string>{"Italy deploys-to Lampedusa"}));
    EXPECT_TRUE(facts("Chinese warships have been stationed almost continuously at Cambodia's "
                      "Ream naval base.")
                    .contains("China deploys-to Ream"));
    EXPECT_EQ(facts("Canada has so far deployed several hundred soldiers to Latvia."),
              (std::set<std::string>{"Canada deploys-to Latvia"}));
    EXPECT_EQ(facts("Washington sent a guided-missile destroyer into the Taiwan Strait."),
              (std::set<std::string>{"United States deploys-to Taiwan Strait"}));
    // A group based somewhere is not deployed there.
    EXPECT_EQ(facts("Colombia's ELN rebels are based partly in Venezuela, Bogota says."),
              std::set<std::string>{});
}

TEST(Extractor, CooperationTheSetsMissed) {
    EXPECT_EQ(facts("The 1998 border convention concluded between Peru and Ecuador still holds."),
              (std::set<std::string>{"Ecuador cooperates-with Peru"}));
    EXPECT_TRUE(facts("Hanwha Aerospace works with the state arms maker Romarm on ammunition.")
                    .contains("Hanwha Aerospace cooperates-with Romarm"));
    EXPECT_TRUE(facts("The refinery is run by the venture between Saudi Aramco and "
                      "TotalEnergies.")
                    .contains("Saudi Aramco cooperates-with TotalEnergies"));
}

TEST(Extractor, WhatTheTwentyFifthReviewFound) {
    // A minister warns of no danger from his own state.
    EXPECT_FALSE(facts("Russian Foreign Minister Sergei Lavrov warned that Moscow could deploy "
                       "new missiles.")
                     .contains("Sergei Lavrov warns-of Russia"));
    EXPECT_TRUE(facts("NATO chief Mark Rutte warned that Russia could attack.")
                    .contains("Mark Rutte warns-of Russia"));
    // Retaliation in trade, a police raid: no fights. Retaliation with arms is one.
    EXPECT_EQ(facts("China retaliated against U.S. tariffs with export controls and duties."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Turkish police raided Iranian exchange offices in Istanbul."),
              std::set<std::string>{});
    EXPECT_TRUE(facts("Iran retaliated against Israel with missile strikes.")
                    .contains("Iran fights Israel"));
    // Ships acted against are not deployed; troops attacked where they are still are there.
    EXPECT_EQ(facts("Manila protested China's manoeuvres against Philippine ships in the South "
                    "China Sea."),
              (std::set<std::string>{"Philippines criticizes China"}));
    EXPECT_TRUE(facts("The militia launched attacks on U.S. troops in Iraq.")
                    .contains("United States deploys-to Iraq"));
    // An offer to host "a new round of" talks; a claim stated wrongly or merely suggested.
    EXPECT_EQ(facts("Oman offered to host another round of negotiations between Iran and the "
                    "United States."),
              std::set<std::string>{});
    EXPECT_EQ(facts("The report wrongly stated that Egypt had sanctioned Israel."),
              std::set<std::string>{});
    EXPECT_EQ(facts("Some analysts suggested that China had supplied drones to Russia."),
              std::set<std::string>{});
    // The person a body's role word names is the one sanctioned.
    EXPECT_EQ(facts("The United States sanctioned Hamas official Zaher Jabarin."),
              (std::set<std::string>{"United States sanctions Zaher Jabarin"}));
    // Employing members of a group makes no member of it.
    EXPECT_FALSE(facts("Israel accused UNRWA of employing members of Hamas.")
                     .contains("UNRWA member-of Hamas"));
}

TEST(Extractor, TitlesInAppositionsAndWithOf) {
    EXPECT_EQ(facts("Ukraine's foreign minister, Andrii Sybiha, accused Iran of complicity."),
              (std::set<std::string>{"Andrii Sybiha criticizes Iran"}));
    EXPECT_EQ(facts("Prime Minister of India Narendra Modi met President Xi Jinping of China."),
              (std::set<std::string>{"Narendra Modi leads India", "Xi Jinping leads China",
                                     "Narendra Modi meets-with Xi Jinping"}));
    EXPECT_TRUE(facts("The EU backs the United Nations and its Secretary-General, Antonio Guterres.")
                    .contains("Antonio Guterres leads United Nations"));
    EXPECT_TRUE(facts("Mali's transitional president, Assimi Goita, spoke.")
                    .contains("Assimi Goita leads Mali"));
}

TEST(Extractor, PlacesFromRegionWordsAndCommas) {
    EXPECT_TRUE(facts("Fighting spread to Ruritania's Zenda region.").empty());  // no country
    EXPECT_EQ(facts("Mercenaries fought in Mali's Kolondieba region."),
              (std::set<std::string>{"Kolondieba located-in Mali"}));
    EXPECT_EQ(facts("The plant is based in Izhevsk, Russia, and builds drones."),
              (std::set<std::string>{"Izhevsk located-in Russia"}));
}

// A pair slot (P) takes names joined in any of the ways news joins them.
// A place in a country's region lies in the region, which lies in the country; that the place
// lies in the country too says nothing more, and is not recorded.
TEST(Extractor, APlaceInACountrysRegionAfterAComma) {
    EXPECT_EQ(facts("Argentina has since moved two jets to Rio Grande, in Argentina's Tierra del "
                    "Fuego province."),
              (std::set<std::string>{"Argentina deploys-to Rio Grande",
                                     "Argentina deploys-to Tierra del Fuego",
                                     "Rio Grande located-in Tierra del Fuego",
                                     "Tierra del Fuego located-in Argentina"}));
    // A travel verb further back still makes the name after "to" a place.
    EXPECT_TRUE(facts("Tokyo has deployed two additional large patrol vessels to Ishigaki, in "
                      "Japan's Okinawa Prefecture.")
                    .contains("Ishigaki located-in Okinawa"));
    // A direction keeps its region word.
    EXPECT_TRUE(facts("Rebels took Jaffna, in Sri Lanka's Northern Province, in 1995.")
                    .contains("Northern Province located-in Sri Lanka"));
    EXPECT_TRUE(facts("The islands, in Britain's view, are calm.").empty());
}

TEST(Extractor, MoreWaysToNameMembers) {
    EXPECT_TRUE(facts("Ghana and Togo are both members of ECOWAS, together with Benin and Niger.")
                    .contains("Benin member-of ECOWAS"));
    EXPECT_EQ(facts("Both Poland and Romania are NATO allies."),
              (std::set<std::string>{"Poland member-of NATO", "Romania member-of NATO"}));
    EXPECT_TRUE(facts("Latvia is not a NATO ally.").empty());
    EXPECT_TRUE(facts("The EAC, whose eight members include Kenya and Uganda, met.")
                    .contains("Uganda member-of East African Community"));
    EXPECT_TRUE(facts("Greenland is a full member of the Arctic Council.")
                    .contains("Greenland member-of Arctic Council"));
    EXPECT_TRUE(facts("Japan and India make up the Quad with two others.")
                    .contains("India member-of Quad"));
    EXPECT_TRUE(facts("Iceland, which belongs to the European Economic Area, fishes.")
                    .contains("Iceland member-of European Economic Area"));
    EXPECT_TRUE(facts("Chile and Peru, as member countries of the Pacific Alliance, agreed.")
                    .contains("Peru member-of Pacific Alliance"));
    EXPECT_TRUE(facts("Police raided ISWAP, the West African branch of the Islamic State, in May.")
                    .contains("Islamic State West Africa Province member-of Islamic State"));
}

TEST(Extractor, HowAidAndMoneyAreGiven) {
    const std::vector<std::pair<std::string, std::string>> given{
        {"Norway released NOK 50 million in emergency funding for Malawi on Friday.",
         "Norway supplies Malawi"},
        {"Canada contributed $5 million to UNICEF's appeal.", "Canada supplies UNICEF"},
        {"A shipment of wheat donated by Ukraine to Somalia reached Mogadishu.",
         "Ukraine supplies Somalia"},
        {"Fuel imports into Lebanon from Iraq doubled.", "Iraq supplies Lebanon"},
        {"UNICEF has delivered 300 tents and 9,000 blankets to Afghanistan.",
         "UNICEF supplies Afghanistan"},
        {"The WFP distributed 900 tonnes of flour to 40,000 families in Yemen in May.",
         "WFP supplies Yemen"},
        {"Japan extended about $2 billion in emergency credit and budget support to Egypt.",
         "Japan supplies Egypt"},
        {"Beijing has financed roads and power plants in Laos.", "China supplies Laos"},
        {"Britain has given Kenya more than $100 million since 2010.",
         "United Kingdom supplies Kenya"},
    };
    for (const auto& [text, fact] : given) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    // Arming a militia in a country does not supply the country.
    EXPECT_FALSE(facts("Asmara has been funding and arming militias in Ethiopia's Amhara region.")
                     .contains("Eritrea supplies Ethiopia"));
}

TEST(Extractor, ItsIsNotANameInARelativeClause) {
    EXPECT_TRUE(facts("Vanuatu, which has long backed the FLNKS, called for calm; its prime "
                      "minister, Jotham Napat, wants talks.")
                    .contains("Jotham Napat leads Vanuatu"));
}

TEST(Extractor, WorkingTogetherAndHyphenatedVerbs) {
    const std::vector<std::pair<std::string, std::string>> together{
        {"Iceland renewed its annual fisheries agreement with Russia on Monday.",
         "Iceland cooperates-with Russia"},
        {"Danish and Swedish officials signed a bilateral fisheries arrangement in Oslo.",
         "Denmark cooperates-with Sweden"},
        {"Brazil, which runs the Itaipu dam jointly with Paraguay, paid late.",
         "Brazil cooperates-with Paraguay"},
        {"Kenya and China built the railway together.", "China cooperates-with Kenya"},
        {"Qatar, together with Egypt, continues to mediate between the parties.",
         "Egypt cooperates-with Qatar"},
        // "co-host+" is read as the text is split: "co - hosting".
        {"Spain and Morocco are now co-hosting the 2030 World Cup.",
         "Morocco cooperates-with Spain"},
    };
    for (const auto& [text, fact] : together) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    EXPECT_TRUE(facts("Russia and Ukraine did not build anything together.").empty());
}

TEST(Extractor, MoreWaysToNameALeader) {
    const std::vector<std::pair<std::string, std::string>> led{
        {"Danish PM Mette Frederiksen said Copenhagen would not sell.",
         "Mette Frederiksen leads Denmark"},
        {"SADC's Executive Secretary, Elias Magosi, spoke.", "Elias Magosi leads SADC"},
        {"Haldor Vang, Secretary-General of the Arctic Council, spoke.",
         "Haldor Vang leads Arctic Council"},
        {"Faroese Prime Minister Aksel Johannesen declined.",
         "Aksel Johannesen leads Faroe Islands"},
    };
    for (const auto& [text, fact] : led) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    EXPECT_TRUE(facts("The talks began at 5 pm Monday in Geneva.").empty());
    // A mayor leads no place by title.
    EXPECT_TRUE(facts("Kursk Governor Alexander Khinshtein spoke.").empty());
}

TEST(Extractor, WhoIsUrgedPastAsidesAndSentences) {
    // An aside after the objects, before "to", is theirs.
    EXPECT_EQ(facts("Elias Magosi urged Kenya and Angola, the bloc's two largest economies, to "
                    "lead contributions."),
              (std::set<std::string>{"Elias Magosi urges Kenya", "Elias Magosi urges Angola"}));
    // "by then ..." opens an aside.
    EXPECT_TRUE(facts("Mr Alves, by then a senior adviser, asked Australia to send troops.")
                    .contains("Alves urges Australia"));
    // "Both governments" past a sentence that names no one, and not the speaker's body.
    EXPECT_TRUE(facts("President Julius Maada Bio of Sierra Leone met Guinean President Mamadi "
                      "Doumbouya. No statement was issued. ECOWAS Commission President Omar "
                      "Alieu Touray has urged both governments to show restraint.")
                    .contains("Omar Alieu Touray urges Guinea"));
}

TEST(Extractor, AlliesWarningsAndThingsSeenAsThreats) {
    EXPECT_TRUE(facts("Canada is a steadfast ally of the United States.")
                    .contains("Canada allied-with United States"));
    EXPECT_TRUE(facts("Kaja Kallas warned in March of Russia's growing arsenal.")
                    .contains("Kaja Kallas warns-of Russia"));
    EXPECT_TRUE(facts("Vietnam regards Chinese survey ships as a threat to its security.")
                    .contains("China threatens Vietnam"));
    EXPECT_TRUE(facts("Vietnam does not regard Chinese survey ships as a threat.").empty());
}

TEST(Extractor, PlacesNamedWithTheirCountryBetweenCommas) {
    EXPECT_EQ(facts("They met in Fray Bentos, Uruguay, in 2006."),
              (std::set<std::string>{"Fray Bentos located-in Uruguay"}));
    EXPECT_EQ(facts("A bridge links Ipiales, Colombia, and Tulcan, Ecuador."),
              (std::set<std::string>{"Tulcan located-in Ecuador"}));
    EXPECT_TRUE(facts("The bridge between Ipiales, Colombia, and Tulcan, Ecuador, reopened.")
                    .contains("Ipiales located-in Colombia"));
    EXPECT_TRUE(facts("UPM opened a plant at Paso de los Toros, in central Uruguay, in 2023.")
                    .contains("Paso de los Toros located-in Uruguay"));
    EXPECT_TRUE(facts("Ships link Karachi, Pakistan's largest port, with Chattogram.")
                    .contains("Karachi located-in Pakistan"));
    EXPECT_EQ(facts("Residents of Gualeguaychu, a riverside town in Argentina, protested."),
              (std::set<std::string>{"Gualeguaychu located-in Argentina"}));
    EXPECT_TRUE(facts("He sent a letter to Guterres, Ukraine, and Poland.").empty());
}

TEST(Extractor, ABareVerbAfterAnInfinitiveGoesOnTheInfinitive) {
    // Zelensky asked for the sanctions; he imposed none.
    EXPECT_EQ(facts("Zelensky, Ukraine's president, asked Trump to meet Putin and sanction "
                    "Russia."),
              (std::set<std::string>{"Volodymyr Zelensky leads Ukraine",
                                     "Volodymyr Zelensky urges Donald Trump"}));
    EXPECT_FALSE(facts("Kim Jong Un threatened to strike Seoul and attack US bases.")
                     .contains("Kim Jong Un fights United States"));
    // A verb in the past after "and" is the subject's own.
    EXPECT_TRUE(facts("Turkey asked Sweden to act and accused Stockholm of harbouring militants.")
                    .contains("Turkey criticizes Sweden"));
}

TEST(Extractor, ARetractionStatesNothing) {
    EXPECT_TRUE(facts("CORRECTION: An earlier version of this story said the EU had threatened "
                      "Turkey with sanctions.")
                    .empty());
    // An earlier version of a weapon is no correction.
    EXPECT_TRUE(facts("Russia supplied an earlier version of the Pantsir system to Syria.")
                    .contains("Russia supplies Syria"));
    EXPECT_TRUE(facts("Iran sent drones to Russia, officials said.")
                    .contains("Iran supplies Russia"));
}

TEST(Extractor, ARelativeClausesSecondVerbIsItsOwn) {
    // Without a comma too: the network delivers the fuel, not the United States.
    EXPECT_TRUE(facts("The United States sanctioned a network that procures components and "
                      "delivers fuel for the Houthis.")
                    .empty());
    // A verb in another form goes back to the sentence's subject.
    EXPECT_TRUE(facts("The US sanctioned firms that supply Iran and imposed sanctions on China.")
                    .contains("United States sanctions China"));
}

TEST(Extractor, PredicatesPastAnAppositionAndOrgansNamedByTheirField) {
    EXPECT_TRUE(facts("Elmedin Konakovic, the foreign minister, thanked the Council for the "
                      "renewal and accused Moscow of encouraging division.")
                    .contains("Elmedin Konakovic criticizes Russia"));
    EXPECT_EQ(facts("Iraq's water ministry has repeatedly criticised Iran for diverting rivers."),
              (std::set<std::string>{"Iraq criticizes Iran"}));
    EXPECT_TRUE(facts("Eritrea's information ministry accuses Addis Ababa of coveting Assab.")
                    .contains("Eritrea criticizes Ethiopia"));
    EXPECT_EQ(facts("Russia's war on Ukraine worried officials."),
              (std::set<std::string>{"Russia fights Ukraine"}));
}

TEST(Extractor, MoreWaysToBack) {
    EXPECT_EQ(facts("Morocco's autonomy plan is backed by France and Spain."),
              (std::set<std::string>{"France supports Morocco", "Spain supports Morocco"}));
    EXPECT_TRUE(facts("Morocco's autonomy plan is not backed by Algeria.").empty());
    // Not a possessive backer, nor intelligence that supports a claim.
    EXPECT_TRUE(facts("Ukraine's bid is supported by Russia's neighbours.").empty());
    EXPECT_TRUE(facts("NATO stood \"in full solidarity with Poland\" after the incursion.")
                    .contains("NATO supports Poland"));
}

TEST(Extractor, SanctionsOnNamesInAppositionsAndRelativeClauses) {
    EXPECT_EQ(facts("Washington sanctioned Venezuela's state oil company, PDVSA, in 2019."),
              (std::set<std::string>{"United States sanctions PDVSA"}));
    EXPECT_TRUE(facts("Dan Gertler, the Israeli businessman who was sanctioned by the United "
                      "States in 2017, met officials.")
                    .contains("United States sanctions Dan Gertler"));
    EXPECT_TRUE(facts("The gang is led by Jimmy Cherizier, a former police officer, who has been "
                      "sanctioned by both the UN Security Council and the United States.")
                    .contains("UN Security Council sanctions Jimmy Cherizier"));
    EXPECT_TRUE(facts("The United Kingdom designated Jade Crescent Shipping on the same day.")
                    .contains("United Kingdom sanctions Jade Crescent Shipping"));
    EXPECT_TRUE(facts("Kyiv designated Rustem Umerov as its envoy.").empty());
    // The army of a country is the country.
    EXPECT_TRUE(facts("The M23 has been fighting the army of the Democratic Republic of the Congo.")
                    .contains("M23 fights Democratic Republic of the Congo"));
}

TEST(Extractor, ThreatsFromWhatACountryHasAndQuotedThreats) {
    // A demonym before "partners" names none of them.
    const auto quoted = facts("He warned that Iran remained \"the single greatest threat\" to "
                              "Israel and to American partners in the region.");
    EXPECT_TRUE(quoted.contains("Iran threatens Israel"));
    EXPECT_FALSE(quoted.contains("Iran threatens United States"));
    EXPECT_TRUE(facts("China's growing naval footprint threatens India's security.")
                    .contains("China threatens India"));
    EXPECT_TRUE(facts("Iran does not pose a threat to Saudi Arabia.").empty());
}

TEST(Extractor, ABodysNameGoesOnOverAndBeforeItsHead) {
    EXPECT_EQ(facts("The EU imposed sanctions on Myanma Oil and Gas Enterprise in 2025."),
              (std::set<std::string>{"European Union sanctions Myanma Oil and Gas Enterprise"}));
    EXPECT_EQ(facts("Sweden and Finland joined NATO."),
              (std::set<std::string>{"Sweden member-of NATO", "Finland member-of NATO"}));
}

TEST(Extractor, AQuoteClosedAfterTheStopIsNoHeadline) {
    EXPECT_TRUE(facts("Foreign Minister Ruben Ramirez Lezcano accused Brazil of \"a grave "
                      "violation of our sovereignty.\"")
                    .contains("Ruben Ramirez Lezcano criticizes Brazil"));
}

TEST(Extractor, ClausesAfterOpeningPhrasesAndSubordinators) {
    // An opening phrase that names no one: the subject after it is the sentence's.
    EXPECT_TRUE(facts("In May 2006, Argentina took Uruguay to court, accusing Montevideo of "
                      "breaching a treaty.")
                    .contains("Argentina criticizes Uruguay"));
    // Not after a name the finder left untyped.
    EXPECT_FALSE(facts("In short: AUSSOM, the African Union mission, has about 11,000 troops in "
                       "Somalia.")
                     .contains("African Union deploys-to Somalia"));
    // A subordinate clause's second predicate is its own subject's.
    EXPECT_TRUE(facts("Serbia signed the contract when French President Emmanuel Macron visited "
                      "Belgrade and met Aleksandar Vucic.")
                    .contains("Aleksandar Vučić meets-with Emmanuel Macron"));
    // The subject of a subordinate clause that opens the sentence ends at its comma.
    EXPECT_TRUE(facts("When the United States imposed sanctions on Rosneft, Mr Szalai flew to "
                      "Washington and met Marco Rubio.")
                    .count("Marco Rubio meets-with United States") == 0);
}

TEST(Extractor, ASingularAppositionAfterAGroupIsItsLastNames) {
    EXPECT_EQ(facts("The African Union and ECOWAS, the West African bloc of which Ghana is a "
                    "member, sent envoys."),
              (std::set<std::string>{"Ghana member-of ECOWAS"}));
    EXPECT_TRUE(facts("Poland and Romania, both members of NATO, met.")
                    .contains("Romania member-of NATO"));
    EXPECT_TRUE(facts("Poland and Romania, both members of NATO, met.")
                    .contains("Poland member-of NATO"));
}

TEST(Extractor, AStatesMinistryNamedInFullIsTheState) {
    EXPECT_EQ(facts("Sierra Leone's Ministry of Foreign Affairs and International Cooperation "
                    "summoned Guinea's ambassador."),
              (std::set<std::string>{"Sierra Leone criticizes Guinea"}));
    EXPECT_TRUE(entities("The Ministry of Foreign Affairs and International Cooperation spoke.")
                    .contains("Ministry of Foreign Affairs and International Cooperation:"
                              "organization"));
}

TEST(Extractor, TitlesInARowNameOnePerson) {
    EXPECT_EQ(facts("Asim Munir met Indian army chief General Upendra Dwivedi in May."),
              (std::set<std::string>{"Asim Munir meets-with Upendra Dwivedi"}));
    EXPECT_TRUE(facts("Putin met the Saudi Crown Prince and Prime Minister Mohammed bin Salman.")
                    .contains("Mohammed bin Salman meets-with Vladimir Putin"));
    // The first title names the body: "president and CEO".
    EXPECT_TRUE(facts("Aramco president and CEO Amin Nasser told analysts.")
                    .contains("Amin Nasser leads Saudi Aramco"));
    // An honorific is no part of the name.
    EXPECT_TRUE(facts("Qatar's Emir, Sheikh Hamad bin Jassim al-Thani, spoke.")
                    .contains("Hamad bin Jassim al-Thani leads Qatar"));
}

TEST(Extractor, TalksHeldOrHeldLastMonthBetweenTwo) {
    EXPECT_EQ(facts("The award followed talks in Riyadh last month between Kuwait's Emir, Sheikh "
                    "Mishal al-Ahmad al-Sabah, and Mohammed bin Salman."),
              (std::set<std::string>{"Mishal al-Ahmad al-Sabah leads Kuwait",
                                     "Mishal al-Ahmad al-Sabah meets-with Mohammed bin Salman"}));
    EXPECT_TRUE(facts("Talks were held in Doha between Iran and the United States.")
                    .contains("Iran meets-with United States"));
    EXPECT_TRUE(facts("A summit next week between Iran and the United States is planned.").empty());
    EXPECT_TRUE(facts("No talks took place between Iran and Israel.").empty());
}

TEST(Extractor, GarrisonsForcesSentAndNamedBases) {
    EXPECT_TRUE(facts("Britain keeps a garrison of around 1,200 personnel at Mount Pleasant.")
                    .contains("United Kingdom deploys-to Mount Pleasant"));
    EXPECT_EQ(facts("Protesters opposed the peacekeeping force that New Delhi sent to Sri Lanka."),
              (std::set<std::string>{"India deploys-to Sri Lanka"}));
    EXPECT_TRUE(facts("The troops that Russia did not send to Mali stayed home.").empty());
    EXPECT_TRUE(facts("Guatemala has kept soldiers along the Sarstoon River since 2016.")
                    .contains("Guatemala deploys-to Sarstoon River"));
    // A name before "air base" or "airfield" is a place, which the base places.
    EXPECT_EQ(facts("China has stationed fighters at Hotan air base, in China's Xinjiang region."),
              (std::set<std::string>{"China deploys-to Hotan", "China deploys-to Xinjiang",
                                     "Hotan located-in Xinjiang", "Xinjiang located-in China"}));
    EXPECT_EQ(facts("Russian personnel remain at the Jufra air base in central Libya."),
              (std::set<std::string>{"Russia deploys-to Jufra", "Russia deploys-to Libya",
                                     "Jufra located-in Libya"}));
    // The document's own place, named again alone.
    EXPECT_TRUE(facts("The Nyoma airfield in India's Ladakh territory has a new runway. India "
                      "has moved combat helicopters to Nyoma.")
                    .contains("India deploys-to Nyoma"));
    // Not before a verb only people take.
    EXPECT_TRUE(facts("Planes landed at the Jinnah airport. Jinnah met Vladimir Putin in Moscow.")
                    .empty());
}

TEST(Extractor, APlaceInApposition) {
    EXPECT_EQ(facts("Born in 1949 in Baucau, Timor-Leste's second city, he joined Fretilin."),
              (std::set<std::string>{"Baucau located-in Timor-Leste"}));
    EXPECT_EQ(facts("Ceuta and Melilla, Spain's two enclaves on the North African coast, sit "
                    "at the centre."),
              (std::set<std::string>{"Ceuta located-in Spain", "Melilla located-in Spain"}));
    // A place noun that heads nothing makes no place: the shipping group is none.
    EXPECT_EQ(facts("Britain sanctioned Sovcomflot, Russia's state shipping group, in May."),
              (std::set<std::string>{"United Kingdom sanctions Sovcomflot"}));
    EXPECT_TRUE(facts("France sanctioned Sovcomflot, Russia's state-owned shipping group.")
                    .contains("France sanctions Sovcomflot"));
}

TEST(Extractor, APairIsJoinedByAnyOfItsJoiners) {
    for (const std::string sentence :
         {"India and Japan held talks in Tokyo on Monday.",
          "India as well as Japan held talks in Tokyo on Monday.",
          "India & Japan held talks in Tokyo on Monday.",
          "India-Japan talks opened in Tokyo on Monday.",
          "India/Japan talks opened in Tokyo on Monday."}) {
        EXPECT_EQ(facts(sentence), (std::set<std::string>{"India meets-with Japan"})) << sentence;
    }
    EXPECT_TRUE(facts("India, Japan and Australia held talks in Tokyo on Monday.")
                    .contains("India meets-with Japan"));
}

TEST(Extractor, TheTwoCountriesAreThePairJustNamed) {
    EXPECT_TRUE(facts("Russia and North Korea signed a treaty. The two countries exchanged "
                      "military technology.")
                    .contains("North Korea exchanges-tech-with Russia"));
    // Three candidates: ambiguous, so nothing is said about "the two countries".
    EXPECT_FALSE(facts("Iran, Russia and China held drills. The two countries exchanged "
                       "military technology.")
                     .contains("China exchanges-tech-with Russia"));
}

TEST(Extractor, APronounOpeningASentenceIsTheOnePersonBefore) {
    EXPECT_EQ(facts("Mark Rutte spoke in Brussels. He warned of the threat posed by Iran."),
              (std::set<std::string>{"Mark Rutte warns-of Iran"}));
    EXPECT_EQ(facts("Mark Rutte met Joe Biden. He warned of the threat posed by Iran."),
              (std::set<std::string>{"Joe Biden meets-with Mark Rutte"}));
}

TEST(Extractor, ADefiniteDescriptionIsTheOneEntityJustNamed) {
    EXPECT_TRUE(facts("Israel has battled Hezbollah since 2023, when the group began firing "
                      "rockets at northern Israel.")
                    .contains("Hezbollah fights Israel"));
    EXPECT_TRUE(facts("North Korea fired a missile. The isolated regime threatens Japan.")
                    .contains("North Korea threatens Japan"));
    EXPECT_TRUE(facts("China has condemned AUKUS and warns that the pact poses a serious risk.")
                    .contains("China warns-of AUKUS"));
    // Two countries before it: nothing is said of "the regime".
    EXPECT_FALSE(facts("Iran and Iraq signed a deal. The regime threatens Turkey.")
                     .contains("Iran threatens Turkey"));
}

// After "Lebanon's prime minister, Najib Mikati,", a second predicate is the person's.
TEST(Extractor, ACoordinatedPredicateIsThePersonAPossessiveNames) {
    EXPECT_EQ(facts("Lebanon's caretaker prime minister, Najib Mikati, has called the ceasefire a "
                    "new page and urged Israel to respect it."),
              (std::set<std::string>{"Najib Mikati leads Lebanon", "Najib Mikati urges Israel"}));
    EXPECT_EQ(facts("Egypt's foreign ministry has welcomed the truce and called on Israel to "
                    "withdraw."),
              (std::set<std::string>{"Egypt urges Israel"}));
    // A time stamp on the line before does not hide the sentence's subject.
    EXPECT_EQ(facts("16:20\nEgypt's foreign ministry has welcomed the truce and called on Israel "
                    "to withdraw."),
              (std::set<std::string>{"Egypt urges Israel"}));
}

// "the President of the European Council, António Costa," is Costa: he is the one met, and
// "the President" there is not a president named before.
TEST(Extractor, ATitlePhraseBeforeAPersonInAppositionIsThePerson) {
    EXPECT_EQ(facts("Erdogan met the Secretary-General of NATO, Mark Rutte, in Ankara."),
              (std::set<std::string>{"Mark Rutte leads NATO",
                                     "Mark Rutte meets-with Recep Tayyip Erdogan"}));
    EXPECT_EQ(facts("President Sandu welcomed the President of the European Council, António "
                    "Costa, to Chisinau."),
              (std::set<std::string>{"António Costa leads European Council",
                                     "António Costa meets-with Maia Sandu",
                                     "Maia Sandu leads Moldova"}));
}

// "struck Yemen's Houthis": the object is the group the country has, not the country; a
// place keeps both ("Russia's Kursk region").
TEST(Extractor, AnObjectAfterAPossessiveIsTheNameItOwns) {
    EXPECT_EQ(facts("The United States struck Yemen's Houthis."),
              (std::set<std::string>{"United States fights Houthis"}));
    EXPECT_EQ(facts("The UAE has been arming Sudan's paramilitary Rapid Support Forces."),
              (std::set<std::string>{"United Arab Emirates supplies Rapid Support Forces"}));
    EXPECT_EQ(facts("North Korea sent troops to Russia's Kursk region."),
              (std::set<std::string>{"North Korea deploys-to Russia",
                                     "North Korea deploys-to Kursk", "Kursk located-in Russia"}));
    EXPECT_EQ(facts("The US sanctioned Iran's central bank."),
              (std::set<std::string>{"United States sanctions Iran"}));
}

// A comma between a person and a country ends a list: a clause begins there.
TEST(Extractor, ACommaBetweenAPersonAndACountryEndsAList) {
    EXPECT_EQ(facts("During a visit by Maduro to the Kremlin, where he met Vladimir Putin, "
                    "Venezuela and Russia signed a strategic partnership treaty."),
              (std::set<std::string>{"Nicolás Maduro meets-with Vladimir Putin",
                                     "Russia allied-with Venezuela"}));
    EXPECT_EQ(facts("Putin met Xi, Modi and Lula."),
              (std::set<std::string>{"Vladimir Putin meets-with Xi Jinping",
                                     "Narendra Modi meets-with Vladimir Putin",
                                     "Lula meets-with Vladimir Putin"}));
}

// A role no one in the text was called is nobody: people.tsv says whose offices a person holds
// or held, not which, so a foreign minister named nearby is not "the Russian president".
TEST(Extractor, ARoleNoOneWasCalledIsNobody) {
    EXPECT_FALSE(facts("Sergei Lavrov said the Russian president would visit Pyongyang.")
                     .contains("Sergei Lavrov leads Russia"));
}

// "it" in a clause joined by "and" or "but" is the country or body the sentence opens with;
// "its" before the ones who act, after a verb of speech, is the one that spoke.
TEST(Extractor, ItAfterAndOrButIsTheSentencesSubject) {
    EXPECT_EQ(facts("In January the United States imposed sanctions on Dagalo, and a week later it "
                    "sanctioned Burhan."),
              (std::set<std::string>{"United States sanctions Mohamed Hamdan Dagalo",
                                     "United States sanctions Abdel Fattah al-Burhan"}));
    EXPECT_EQ(facts("Iran ships its crude oil to China, and it has supplied Russia with drones."),
              (std::set<std::string>{"Iran supplies China", "Iran supplies Russia"}));
    EXPECT_EQ(facts("Russia said its troops had captured Pokrovsk."),
              (std::set<std::string>{"Russia deploys-to Pokrovsk"}));
    // A pronoun joins no list: only Belarus exchanges technology with Russia.
    EXPECT_EQ(facts("Belarus remains a member of the CSTO, the post-Soviet defence bloc, and it "
                    "continues to exchange military technology with Russia."),
              (std::set<std::string>{"Belarus member-of CSTO",
                                     "Belarus exchanges-tech-with Russia"}));
    // The subject of the second predicate keeps its agents only for rules that name them.
    EXPECT_TRUE(facts("Beijing said its ships acted lawfully and urged Manila to stop.")
                    .contains("China urges Philippines"));
}

// A fact sheet's "Members:" line under a heading that names one body.
TEST(Extractor, AMembersLineUnderAHeadingNamesTheHeadingsMembers) {
    EXPECT_EQ(facts("THE GULF COOPERATION COUNCIL (GCC)\n- Members: Saudi Arabia, Qatar and "
                    "Oman.\n- Secretary-General: Jasem Mohamed Albudaiwi."),
              (std::set<std::string>{"Saudi Arabia member-of Gulf Cooperation Council",
                                     "Qatar member-of Gulf Cooperation Council",
                                     "Oman member-of Gulf Cooperation Council"}));
    // Not under a heading that names two, nor a list that is not of members.
    EXPECT_TRUE(facts("NATO and the EU\n\nMembers: Poland and Finland.").empty());
    EXPECT_TRUE(facts("NATO\n\nPartners: Japan and Australia.").empty());
}

TEST(Extractor, ReadsPastAppositions) {
    EXPECT_TRUE(facts("Xi Jinping, China's leader, met Putin.")
                    .contains("Vladimir Putin meets-with Xi Jinping"));
    // "he" after "When" opening a sentence is the one person the sentence before names.
    EXPECT_TRUE(facts("Nobody thinks Xi Jinping has set a date. When he met Donald Trump in "
                      "Busan, they talked about soybeans.")
                    .contains("Donald Trump meets-with Xi Jinping"));
    EXPECT_TRUE(facts("The United States, a treaty ally of the Philippines, voiced support for "
                      "Manila.")
                    .contains("United States supports Philippines"));
    EXPECT_TRUE(facts("Iran, Hezbollah's main backer, welcomed the truce.")
                    .contains("Iran supports Hezbollah"));
}

// One sentence per way news states a relation; each must give at least its facts.
TEST(Extractor, ReadsTheCommonSurfaceFormsOfEachRelation) {
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases{
        {"Russian troops stationed in Syria withdrew.", {"Russia deploys-to Syria"}},
        {"Sudan's army has been at war with the RSF since April 2023.",
         {"Sudan fights Rapid Support Forces", "Rapid Support Forces fights Sudan"}},
        {"Pakistan carried out airstrikes in Afghanistan.", {"Pakistan fights Afghanistan"}},
        // "across" names where, not whom: the strikes were in support of Syria's government.
        {"Russian forces carried out airstrikes across Syria.", {}},
        {"Turkish drones killed PKK fighters in northern Iraq.", {"Turkey fights PKK"}},
        {"The UAE has been accused of arming the RSF.",
         {"United Arab Emirates supplies Rapid Support Forces"}},
        {"Rwanda is accused of backing the M23 rebels.", {"Rwanda supports M23"}},
        {"Rwanda was accused of sending troops into eastern Congo.",
         {"Rwanda deploys-to Democratic Republic of the Congo"}},
        {"Eritrea has been accused of attacking Ethiopia.", {"Eritrea fights Ethiopia"}},
        {"Moscow rejected the report, accusing Kyiv of lying.", {"Russia criticizes Ukraine"}},
        {"Washington has said it stands firmly behind Guyana.",
         {"United States supports Guyana"}},
        {"Brussels has urged the Georgian authorities to release detained demonstrators.",
         {"European Union urges Georgia"}},
        {"Iraq, for its part, has quietly backed Ankara.", {"Iraq supports Turkey"}},
        {"India, for its part, has moved closer to Washington.", {}},
        {"Erbil, for its part, has quietly backed Ankara.", {}},
        {"Niger's military ruler, General Abdourahamane Tiani, again accused Benin of lying.",
         {"Abdourahamane Tiani criticizes Benin", "Abdourahamane Tiani leads Niger"}},
        {"Tianrui Electronics (Hong Kong, China) was named.", {"Hong Kong located-in China"}},
        {"Khalifa Haftar issued a statement condemning Turkey.",
         {"Khalifa Haftar criticizes Turkey"}},
        {"Puntland, a semi-autonomous region in northern Somalia, fought on.",
         {"Puntland located-in Somalia"}},
        {"Meanwhile, a town in Ukraine was shelled.", {}},
        {"Araghchi met the agency's Director General, Rafael Grossi, in Cairo.",
         {"Abbas Araghchi meets-with Rafael Grossi"}},
        {"Asim Munir was received by Trump for a private lunch.",
         {"Asim Munir meets-with Donald Trump"}},
        {"Tehran warned again that any American presence would be a danger.",
         {"Iran warns-of United States"}},
        {"Addis Ababa covets Eritrea's port of Assab.", {"Assab located-in Eritrea"}},
        {"Troops reached Podlaskie, the north-eastern Polish province.",
         {"Podlaskie located-in Poland"}},
        {"Greenland is an autonomous territory within the Kingdom of Denmark.",
         {"Greenland located-in Denmark"}},
        {"Gangs attacked hospitals in Haiti's Artibonite department.",
         {"Artibonite located-in Haiti"}},
        {"Bui Thanh Son held talks in Ha Noi with Malaysian Foreign Minister Mohamad Hasan.",
         {"Bui Thanh Son meets-with Mohamad Hasan"}},
        {"Putin met in Moscow with Kim Jong Un.", {"Kim Jong Un meets-with Vladimir Putin"}},
        {"Iran tested a missile. The Islamic Republic has armed the Houthis.",
         {"Iran supplies Houthis"}},
        {"Ukraine received Patriot systems from Germany.", {"Germany supplies Ukraine"}},
        {"India bought S-400 air defence systems from Russia.", {"Russia supplies India"}},
        {"Japan protested China's incursions near the Senkaku Islands.",
         {"Japan criticizes China"}},
        {"Hungary vetoed EU sanctions against Russia.", {}},
        {"Mali bought its drones from the Turkish manufacturer Baykar.", {"Baykar supplies Mali"}},
        {"Russia has about 1,500 troops stationed in Transnistria.",
         {"Russia deploys-to Transnistria"}},
        {"Turkey maintains a military base in Qatar.", {"Turkey deploys-to Qatar"}},
        {"India has sent a naval task force to the Red Sea.", {"India deploys-to Red Sea"}},
        {"The Pentagon ordered 2,000 troops to Poland.", {"United States deploys-to Poland"}},
        {"South Korean warships patrol the Strait of Hormuz.",
         {"South Korea deploys-to Strait of Hormuz"}},
        {"Kinshasa accused Rwanda of sending troops into eastern Congo.",
         {"Rwanda deploys-to Democratic Republic of the Congo",
          "Democratic Republic of the Congo criticizes Rwanda"}},
        {"Hungary is one of the 27 EU member states.", {"Hungary member-of European Union"}},
        {"India and Pakistan, both members of the SCO, attended.",
         {"India member-of SCO", "Pakistan member-of SCO"}},
        {"Five member states of the EU, namely Spain and Cyprus, abstained.",
         {"Spain member-of European Union", "Cyprus member-of European Union"}},
        {"Brazil and India, the original BRICS members, met.",
         {"Brazil member-of BRICS", "India member-of BRICS", "Brazil meets-with India"}},
        {"Fighting spread to Tigray, Ethiopia's northernmost region.",
         {"Tigray located-in Ethiopia"}},
        {"Kherson, in southern Ukraine, was shelled overnight.", {"Kherson located-in Ukraine"}},
        {"Balochistan province in southwestern Pakistan saw clashes.",
         {"Balochistan located-in Pakistan"}},
        {"The United States has about 900 troops in Syria.", {"United States deploys-to Syria"}},
        {"The Israel-Hezbollah war displaced thousands.",
         {"Israel fights Hezbollah", "Hezbollah fights Israel"}},
        {"Japan's alliance with the United States is decades old.",
         {"Japan allied-with United States"}},
        {"Russia's actions were condemned by the European Union.",
         {"European Union criticizes Russia"}},
        {"Ilham Aliyev was re-elected president of Azerbaijan.", {"Ilham Aliyev leads Azerbaijan"}},
        {"Rutte warned that the cooperation between Iran and Russia was dangerous.",
         {"Mark Rutte warns-of Iran", "Mark Rutte warns-of Russia"}},
        {"China and Russia share space technology.", {"China exchanges-tech-with Russia"}},
        {"Washington has sold Taiwan weapons worth billions.", {"United States supplies Taiwan"}},
        {"The militia is armed and financed by Iran.", {}},
        {"Mali relies on Russian support.", {"Russia supports Mali"}},
        {"France and Germany expressed solidarity with Ukraine.",
         {"France supports Ukraine", "Germany supports Ukraine"}},
        {"Japan and the Philippines, both U.S. allies, voiced concern.",
         {"Japan allied-with United States", "Philippines allied-with United States"}},
        {"Clashes between Armenia and Azerbaijan killed four soldiers.",
         {"Armenia fights Azerbaijan", "Azerbaijan fights Armenia"}},
        {"Israeli and Hezbollah fighters exchanged fire across the border.",
         {"Israel fights Hezbollah", "Hezbollah fights Israel"}},
        {"Hezbollah fired rockets at northern Israel.", {"Hezbollah fights Israel"}},
        {"The invasion of Ukraine by Russia drew condemnation from the European Union.",
         {"Russia fights Ukraine", "European Union criticizes Russia"}},
        {"North Korea-Russia ties are a threat to US security.",
         {"North Korea threatens United States", "Russia threatens United States"}},
        {"The United States targeted Iran with fresh sanctions.", {"United States sanctions Iran"}},
        {"The Quad, which comprises Australia, India, Japan and the United States, met.",
         {"Australia member-of Quad", "India member-of Quad", "Japan member-of Quad",
          "United States member-of Quad"}},
        {"Sweden was admitted to NATO in March.", {"Sweden member-of NATO"}},
        {"Bola Tinubu, who chairs ECOWAS, spoke.", {"Bola Tinubu leads ECOWAS"}},
        {"Nabatieh, a market town in southern Lebanon, was hit.", {"Nabatieh located-in Lebanon"}},
        {"Narendra Modi spoke by phone with Vladimir Putin.",
         {"Narendra Modi meets-with Vladimir Putin"}},
        {"Kosovo's decision drew sharp criticism from Serbia.", {"Serbia criticizes Kosovo"}},
        {"The European Union called for Serbia to show restraint.",
         {"European Union urges Serbia"}},
        {"Kigali accuses Kinshasa of working with the FDLR.",
         {"Democratic Republic of the Congo cooperates-with FDLR"}},
        {"Poland is one of the 32 members of NATO.", {"Poland member-of NATO"}},
        {"Kenya is among the founding members of the East African Community.",
         {"Kenya member-of East African Community"}},
        {"Hungary, a member of the European Union, blocked the decision.",
         {"Hungary member-of European Union"}},
        {"ASEAN includes Vietnam, Laos and Cambodia.",
         {"Vietnam member-of ASEAN", "Laos member-of ASEAN", "Cambodia member-of ASEAN"}},
        {"Members of the Gulf Cooperation Council, such as Qatar and Oman, backed the talks.",
         {"Qatar member-of Gulf Cooperation Council", "Oman member-of Gulf Cooperation Council"}},
        {"NATO's newest members, Finland and Sweden, took part in the drills.",
         {"Finland member-of NATO", "Sweden member-of NATO"}},
        {"Sweden formally became a NATO member in March 2024.", {"Sweden member-of NATO"}},
        {"Indonesia and Vietnam, two ASEAN members, held talks.",
         {"Indonesia member-of ASEAN", "Vietnam member-of ASEAN"}},
        {"Armed clashes erupted between Pakistani and Indian troops.",
         {"India fights Pakistan", "Pakistan fights India"}},
        {"Pakistan retaliated against India with drone strikes.", {"Pakistan fights India"}},
        {"India launched missile strikes on targets in Pakistan.", {"India fights Pakistan"}},
        {"Turkish drones struck positions of the YPG.", {"Turkey fights YPG"}},
        {"Beijing lashed out at Manila over the collision.", {"China criticizes Philippines"}},
        {"Washington sanctioned three Chinese companies.", {"United States sanctions China"}},
        {"Myanmar's military junta, led by Min Aung Hlaing, seized power.",
         {"Min Aung Hlaing leads Myanmar"}},
        {"Xi Jinping hosted Vladimir Putin in Beijing.", {"Vladimir Putin meets-with Xi Jinping"}},
        {"Moldova is a member of the United Nations, the Council of Europe and the OSCE, which "
         "mediates the talks.",
         {"Moldova member-of United Nations", "Moldova member-of Council of Europe",
          "Moldova member-of OSCE"}},
        {"Iran and Russia have joined forces.", {"Iran cooperates-with Russia"}},
        {"Estonia protested to Russia over the incident.", {"Estonia criticizes Russia"}},
        {"Poland has been a vocal critic of Hungary.", {"Poland criticizes Hungary"}},
        {"Assimi Goita, Mali's military ruler, spoke.", {"Assimi Goita leads Mali"}},
        {"IMF Managing Director Kristalina Georgieva spoke.", {"Kristalina Georgieva leads IMF"}},
        {"Riyadh has led a Saudi-led campaign against the Houthis since 2015.",
         {"Saudi Arabia fights Houthis"}},
        {"Iran has armed the Houthis for years.", {"Iran supplies Houthis"}},
        {"Kaliningrad, the Russian exclave, hosts the Baltic Fleet.",
         {"Kaliningrad located-in Russia"}},
        {"Kharkiv, in the northeast of Ukraine, was shelled.", {"Kharkiv located-in Ukraine"}},
        {"Transnistria is an unrecognised breakaway state in eastern Moldova.",
         {"Transnistria located-in Moldova"}},
        {"Sweden, NATO's newest member, held drills.", {"Sweden member-of NATO"}},
        {"Washington put the Houthis back on its terrorism list.",
         {"United States sanctions Houthis"}},
        {"Hans Grundberg has urged both Saudi Arabia and the Houthis to sign.",
         {"Hans Grundberg urges Saudi Arabia", "Hans Grundberg urges Houthis"}},
        {"Moldova has been led since 2020 by President Maia Sandu.", {"Maia Sandu leads Moldova"}},
        {"Hungary, led by Prime Minister Viktor Orbán, held out.",
         {"Viktor Orbán leads Hungary"}},
        {"Estonia has been a member of NATO and of the European Union since 2004.",
         {"Estonia member-of NATO", "Estonia member-of European Union"}},
        {"The Myanmar military has fought a war against ethnic militias, including the Arakan "
         "Army.",
         {"Myanmar fights Arakan Army"}},
        {"The United States sanctioned 12 firms, including Rosoboronexport.",
         {"United States sanctions Rosoboronexport"}},
        {"Rosoboronexport remains designated under UK sanctions.",
         {"United Kingdom sanctions Rosoboronexport"}},
        {"The UK urges ASEAN, of which Myanmar is a member, to act.",
         {"Myanmar member-of ASEAN", "United Kingdom urges ASEAN"}},
        {"France condemned the latest strikes by Russia.", {"France criticizes Russia"}},
        {"Around 2,000 American troops remain deployed in north-eastern Syria.",
         {"United States deploys-to Syria"}},
        {"Turkish troops entered northern Syria in 2019.", {"Turkey deploys-to Syria"}},
        {"Houthi missiles still threaten every Saudi city.", {"Houthis threatens Saudi Arabia"}},
        {"Since Russia's full-scale invasion of Ukraine, prices rose.", {"Russia fights Ukraine"}},
        {"Transnistrian forces, backed by units of the Russian army, fought Moldova.",
         {"Russia supports Transnistria", "Transnistria fights Moldova"}},
        {"Ethiopia, under Prime Minister Abiy Ahmed, signed a memorandum of understanding with "
         "Somaliland.",
         {"Abiy Ahmed leads Ethiopia", "Ethiopia cooperates-with Somaliland"}},
        {"Moscow and Havana, allies since the Cold War, share telecommunications technology.",
         {"Cuba allied-with Russia", "Cuba exchanges-tech-with Russia"}},
        {"Iran has long been a key backer of Hezbollah.", {"Iran supports Hezbollah"}},
        {"France joined other European states in condemning Russia.", {"France criticizes Russia"}},
        {"Kyiv accused Moscow of launching missile strikes on Lviv.",
         {"Ukraine criticizes Russia", "Russia fights Lviv"}},
        {"Israel blamed Hezbollah for the rocket attack on Haifa.", {"Hezbollah fights Haifa"}},
        {"Russia regards NATO as an existential threat.", {"NATO threatens Russia"}},
        {"Estonia is under constant threat from Russia.", {"Russia threatens Estonia"}},
        {"Western diplomats say Russian military personnel remain at the Jufra air base in "
         "central Libya.",
         {"Russia deploys-to Libya"}},
        {"Rwanda deployed around 1,000 soldiers and police officers to Mozambique.",
         {"Rwanda deploys-to Mozambique"}},
        {"The United States has kept forces at Pituffik Space Base since the Cold War.",
         {"United States deploys-to Pituffik Space Base"}},
        {"Niger again accused Benin of hosting French soldiers on its territory.",
         {"France deploys-to Benin", "Niger criticizes Benin"}},
        {"Turkish troops now man dozens of outposts across northern Iraq.",
         {"Turkey deploys-to Iraq"}},
        {"The CSTO sent about 2,000 troops, most of them Russian paratroopers, to Kazakhstan.",
         {"CSTO deploys-to Kazakhstan"}},
        {"Guterres, in a report released on Monday, warned that the presence of Turkish forces "
         "posed a threat.",
         {"Antonio Guterres warns-of Turkey"}},
        {"The war waged on the Government of National Unity by the Libyan National Army lasted "
         "14 months.",
         {"Libyan National Army fights Government of National Unity"}},
        {"As a founding member of ASEAN, the Philippines backs a code of conduct.",
         {"Philippines member-of ASEAN"}},
        {"Lukashenko held two telephone conversations with Angela Merkel.",
         {"Alexander Lukashenko meets-with Angela Merkel"}},
        {"Khawaja Asif and his counterpart Mohammad Yaqoob met in Doha.",
         {"Khawaja Asif meets-with Mohammad Yaqoob"}},
        {"Saudi Arabia is working with China on a nuclear project.",
         {"China cooperates-with Saudi Arabia"}},
        {"The Taliban have clashed repeatedly with Pakistani border guards.",
         {"Taliban fights Pakistan"}},
        {"China is Serbia's most important backer.", {"China supports Serbia"}},
        {"The UAE is widely seen as the main backer of the RSF.",
         {"United Arab Emirates supports Rapid Support Forces"}},
        {"Russia has thrown its weight behind Venezuela.", {"Russia supports Venezuela"}},
        {"Turkey trains Somali commando units.", {"Turkey supports Somalia"}},
        {"Iran summoned the British ambassador to protest.", {"Iran criticizes United Kingdom"}},
        {"Iran summoned its ambassador to France for consultations.", {}},
        {"Russian forces captured two villages in eastern Ukraine.", {"Russia fights Ukraine"}},
        {"Sanctions on Iran were reimposed by the United States in 2018.",
         {"United States sanctions Iran"}},
        // "open" does not double its n: "opened".
        {"China opened its first overseas military base in Djibouti in 2017.",
         {"China deploys-to Djibouti"}},
        {"Turkey has set up dozens of bases in northern Iraq.", {"Turkey deploys-to Iraq"}},
        {"During talks with Keir Starmer, Mark Carney raised tariffs.",
         {"Keir Starmer meets-with Mark Carney"}},
        {"Trump and Erdogan shook hands at the summit.",
         {"Donald Trump meets-with Recep Tayyip Erdogan"}},
        {"Iran and Pakistan exchanged strikes in January 2024.",
         {"Iran fights Pakistan", "Pakistan fights Iran"}},
        {"Pakistan retaliated with strikes inside Iran.", {"Pakistan fights Iran"}},
        {"Leaders from Egypt, Qatar and Turkey signed a declaration on Gaza.",
         {"Egypt cooperates-with Qatar", "Egypt cooperates-with Turkey",
          "Qatar cooperates-with Turkey"}},
        {"Russia has close ties with the Central African Republic.",
         {"Central African Republic allied-with Russia"}},
        {"Cuba and Russia maintain close ties.", {"Cuba allied-with Russia"}},
        {"Moscow is Havana's closest partner in the region.", {"Cuba allied-with Russia"}},
        {"Cuba is a longtime ally of Russia.", {"Cuba allied-with Russia"}},
        {"Sudan accused the UAE of supplying long-range drones to the paramilitary RSF.",
         {"United Arab Emirates supplies Rapid Support Forces"}},
        {"Moscow accused Serbian arms makers of sending shells to Ukraine.",
         {"Serbia supplies Ukraine"}},
        {"Egypt has bought Turkish Bayraktar drones.", {"Turkey supplies Egypt"}},
        // Missiles received overnight were fired, not sold.
        {"Kyiv received Russian missiles overnight.", {}},
        {"Saudi Arabia shipped about 1.6 million barrels a day of crude oil to China.",
         {"Saudi Arabia supplies China"}},
        {"Beijing has lent Caracas more than $60 billion since 2007.",
         {"China supplies Venezuela"}},
        {"Faye denounced the French bases on Senegalese soil.", {"France deploys-to Senegal"}},
        {"Russian troops pushed into Donetsk and took Kharkiv.",
         {"Russia deploys-to Donetsk", "Russia deploys-to Kharkiv"}},
        {"A Chinese naval task group conducted live-fire drills in the Tasman Sea.",
         {"China deploys-to Tasman Sea"}},
        {"India deployed troops along the Line of Actual Control.",
         {"India deploys-to Line of Actual Control"}},
        {"Emirati fighter jets flew to Xinjiang.", {"United Arab Emirates deploys-to Xinjiang"}},
        {"It was one of the heaviest Israeli strikes of the war on Hezbollah targets.",
         {"Israel fights Hezbollah"}},
        {"Israeli forces invaded southern Lebanon on 1 October.", {"Israel fights Lebanon"}},
        {"Niger signed a memorandum on civil nuclear cooperation with Rosatom.",
         {"Niger cooperates-with Rosatom"}},
        {"Niger ordered the United States to pull out its troops.",
         {"Niger urges United States"}},
        {"China's backing of Russia has angered Europe.", {"China supports Russia"}},
        {"Timor-Leste was admitted as ASEAN's 11th member.", {"Timor-Leste member-of ASEAN"}},
        {"Bangladesh's interim leader, Muhammad Yunus, met Modi.",
         {"Muhammad Yunus leads Bangladesh"}},
        {"Hun Manet succeeded his father as Cambodia's prime minister in 2023.",
         {"Hun Manet leads Cambodia"}},
        {"Thai jets bombed Cambodian military positions.", {"Thailand fights Cambodia"}},
        {"The Houthis targeted a US destroyer in the Red Sea.", {"Houthis fights United States"}},
        {"The US targeted Iranian banks with sanctions.", {}},
        // A city is no side of a war: the country whose city it is was not named.
        {"Russian forces shelled Kharkiv overnight.", {}},
        {"Pakistan relies on China for most of its weapons.", {"China supplies Pakistan"}},
        {"China provides roughly four-fifths of Pakistan's imported arms.",
         {"China supplies Pakistan"}},
        {"Egypt gets most of its wheat from Russia.", {"Russia supplies Egypt"}},
        {"Iranian-made drones have been used by Russia.", {"Iran supplies Russia"}},
        {"North Korean shells have been fired by Russian forces.",
         {"North Korea supplies Russia"}},
        // A compound's hyphen is not a word of a gap: "second-largest" fits ~2.
        {"Germany is Ukraine's second-largest donor of military aid.",
         {"Germany supplies Ukraine"}},
        {"Venezuela's claim threatens Guyana's sovereignty.", {"Venezuela threatens Guyana"}},
        {"Turkey threatened military action against Greece.", {"Turkey threatens Greece"}},
        // A threat of sanctions is no sanction.
        {"Washington threatened sanctions against Colombia.", {"United States threatens Colombia"}},
        {"Japan joined Western sanctions on Russia.", {"Japan sanctions Russia"}},
        {"The US has kept sanctions on Cuba for decades.", {"United States sanctions Cuba"}},
        {"Pakistan called India's accusations \"baseless\".", {"Pakistan criticizes India"}},
        {"Pakistan did not call India's accusations baseless.", {}},
        {"Venezuela rejected Guyana's claims as unacceptable.", {"Venezuela criticizes Guyana"}},
        {"China expressed strong dissatisfaction with Japan's remarks.",
         {"China criticizes Japan"}},
        {"India rejected Pakistan's offer of talks.", {}},
        {"In October the US Treasury sanctioned Gustavo Petro.",
         {"United States sanctions Gustavo Petro"}},
        {"The Treasury Department blacklisted Hezbollah financiers.",
         {"United States sanctions Hezbollah"}},
        {"The US military keeps a base in Djibouti.", {"United States deploys-to Djibouti"}},
        {"Russian mercenaries have operated in the Central African Republic since 2018.",
         {"Russia deploys-to Central African Republic"}},
        {"Washington sent two aircraft carriers to the eastern Mediterranean.",
         {"United States deploys-to Mediterranean Sea"}},
        {"Israeli troops remain in five positions in southern Lebanon.",
         {"Israel deploys-to Lebanon"}},
        {"The dispute is over Nagorno-Karabakh, a mountainous region inside Azerbaijan.",
         {"Nagorno-Karabakh located-in Azerbaijan"}},
        {"The UN Security Council demanded an immediate ceasefire from Israel and Hamas.",
         {"UN Security Council urges Israel", "UN Security Council urges Hamas"}},
        {"The EU is pushing Serbia to recognize Kosovo.", {"European Union urges Serbia"}},
        {"Kenya asked the United Nations for funding.", {"Kenya urges United Nations"}},
        {"Cambodia lodged a complaint against Thailand at the UN.",
         {"Cambodia criticizes Thailand"}},
        // Pushing troops back is no call to act.
        {"Ukraine pushed Russian troops to the east.", {}},
        {"Egypt and Qatar jointly mediated the Gaza ceasefire.", {"Egypt cooperates-with Qatar"}},
        {"The talks, brokered jointly by Riyadh and Washington, collapsed.",
         {"Saudi Arabia cooperates-with United States"}},
        {"Sri Lanka has borrowed heavily from China.", {"China supplies Sri Lanka"}},
        {"India extended a $4 billion credit line to Sri Lanka.", {"India supplies Sri Lanka"}},
        {"Mexico and the United States launched a joint security task force.",
         {"Mexico cooperates-with United States"}},
        {"Greece and Turkey resumed talks on confidence-building measures.",
         {"Greece meets-with Turkey"}},
        {"Qatar, working with Egypt, secured the release of hostages.",
         {"Egypt cooperates-with Qatar"}},
        {"Thailand and Cambodia agreed on a ceasefire.", {"Cambodia cooperates-with Thailand"}},
        {"Russia and Cuba renewed their trade agreement.", {"Cuba cooperates-with Russia"}},
        {"Saudi Arabia and Iran restored diplomatic relations in 2023.",
         {"Iran cooperates-with Saudi Arabia"}},
        // An agreement reached to do something together is cooperation; a plan or a hope to
        // do it is not.
        {"Pakistan and Iran have agreed to jointly patrol the border.",
         {"Iran cooperates-with Pakistan"}},
        {"Pakistan and Iran plan to jointly patrol the border.", {}},
        {"Pakistan and Iran may agree to jointly patrol the border.", {}},
        {"Sisi hosted a summit attended by Trump and Erdogan.",
         {"Abdel Fattah el-Sisi meets-with Donald Trump",
          "Abdel Fattah el-Sisi meets-with Recep Tayyip Erdogan"}},
        {"Modi received a phone call from Putin on Tuesday.",
         {"Narendra Modi meets-with Vladimir Putin"}},
        {"Erdogan spoke to Netanyahu about the hostages.",
         {"Benjamin Netanyahu meets-with Recep Tayyip Erdogan"}},
        {"Macron and Starmer discussed Ukraine at the summit.",
         {"Emmanuel Macron meets-with Keir Starmer"}},
        {"At a meeting with Lula, Xi praised Brazil.", {"Lula meets-with Xi Jinping"}},
        {"The Thai and Cambodian foreign ministers met in Kuala Lumpur.",
         {"Cambodia meets-with Thailand"}},
        {"Shehbaz Sharif and Masoud Pezeshkian held a joint news conference in Tehran.",
         {"Masoud Pezeshkian meets-with Shehbaz Sharif"}},
        {"Sinaloa state, on Mexico's Pacific coast, is home to the cartel.",
         {"Sinaloa located-in Mexico"}},
        {"China's growing ties with Russia worry Washington.", {"China allied-with Russia"}},
        {"Turkey's purchase of Russian S-400 missiles led to sanctions.",
         {"Russia supplies Turkey"}},
        {"Brazil, Russia, India and China formed BRICS in 2009.",
         {"Brazil member-of BRICS", "Russia member-of BRICS", "India member-of BRICS",
          "China member-of BRICS"}},
        // After a dateline, the sentence's subject still takes a participle after a comma.
        {"16 September 2023 \u2014 Mali and Niger sign a charter, founding the Alliance of "
         "Sahel States.",
         {"Mali member-of Alliance of Sahel States", "Niger member-of Alliance of Sahel States"}},
        {"6 August 2024 - Niger breaks off relations with Ukraine, accusing Kyiv of lying.",
         {"Niger criticizes Ukraine"}},
        {"The RSF, commanded by General Mohamed Hamdan Dagalo, turned its guns on the army.",
         {"Mohamed Hamdan Dagalo leads Rapid Support Forces"}},
        {"The army of General Abdel Fattah al-Burhan, Sudan's de facto head of state, fought.",
         {"Abdel Fattah al-Burhan leads Sudan"}},
        {"Their commander, General Abdourahamane Tiani, proclaimed himself Niger's new head of "
         "state.",
         {"Abdourahamane Tiani leads Niger"}},
        {"Washington sold Taiwan HIMARS rocket launchers.", {"United States supplies Taiwan"}},
    };
    for (const auto& [text, expected] : cases) {
        const auto found = facts(text);
        for (const auto& fact : expected) {
            EXPECT_TRUE(found.contains(fact)) << text << " -> " << fact;
        }
        if (expected.empty()) {
            EXPECT_TRUE(found.empty()) << text;
        }
    }
    // A defence treaty is an alliance, and only that.
    EXPECT_EQ(facts("Vladimir Putin and Kim Jong Un signed a mutual defence treaty in June."),
              (std::set<std::string>{"Kim Jong Un allied-with Vladimir Putin"}));
    // Agreeing to sign is a plan, not a fact; signing is one.
    EXPECT_TRUE(facts("Armenia and Azerbaijan agreed to sign a peace agreement.").empty());
    EXPECT_TRUE(facts("Armenia and Azerbaijan signed a peace agreement.")
                    .contains("Armenia cooperates-with Azerbaijan"));
    // A bare "chief" after a possessive and a noun heads that noun's body, not the country.
    EXPECT_FALSE(facts("Sudan's army chief Abdel Fattah al-Burhan rejected the plan.")
                     .contains("Abdel Fattah al-Burhan leads Sudan"));
}

TEST(Extractor, ReadsARelativeClauseAsAStatementOfTheNameBeforeIt) {
    EXPECT_EQ(facts("Kenya, which has sent hundreds of police officers to Haiti, said the "
                    "mission was working."),
              (std::set<std::string>{"Kenya deploys-to Haiti"}));
    // Only the clause read with its names as subject gives this: the names coordinated
    // before a plural verb share it.
    EXPECT_EQ(facts("Estonia and Finland, which share surveillance technology, issued a "
                    "statement."),
              (std::set<std::string>{"Estonia exchanges-tech-with Finland"}));
    // The clause keeps its own negation.
    EXPECT_TRUE(facts("Kenya, which has not sent troops to Haiti, said little.").empty());
}

TEST(Extractor, WhatACountrysForcesDoTheCountryDoes) {
    EXPECT_EQ(facts("Sudan's army has been fighting the Rapid Support Forces since April."),
              (std::set<std::string>{"Sudan fights Rapid Support Forces"}));
    EXPECT_EQ(facts("Russia's regular forces shelled Ukraine's border posts."),
              (std::set<std::string>{"Russia fights Ukraine"}));
    // After a possessive, a verb form that is not one of the ones who act is a noun.
    EXPECT_FALSE(facts("Iran's transfers of ballistic missiles to Russia worried Kyiv.")
                     .contains("Iran deploys-to Russia"));
}

TEST(Extractor, MeetingACounterpartOrHostingTroops) {
    // "his Chinese counterpart Wang Yi" is the person: no meeting with China.
    EXPECT_EQ(facts("Antony Blinken met his Chinese counterpart Wang Yi on Friday."),
              (std::set<std::string>{"Antony Blinken meets-with Wang Yi"}));
    // A place that hosts another's troops receives a deployment, not a visit (and the
    // deployment to a region is one to its country as well).
    EXPECT_EQ(facts("Moldova's Transnistria region hosts some 1,500 Russian troops."),
              (std::set<std::string>{"Russia deploys-to Transnistria", "Russia deploys-to Moldova",
                                     "Transnistria located-in Moldova"}));
}

TEST(Extractor, ALowerCaseFormOfANameMatchesWhereTheLexiconWritesIt) {
    EXPECT_EQ(facts("Kenyan troops attacked al-Shabaab in Somalia."),
              (std::set<std::string>{"Kenya fights Al-Shabaab"}));
    EXPECT_EQ(facts("The United States struck al-Qaeda in Yemen."),
              (std::set<std::string>{"United States fights Al-Qaeda"}));
    // Names the lexicon writes only capitalized still need the capital.
    EXPECT_TRUE(entities("the china in the cabinet").empty());
}

TEST(Extractor, ASurnameAloneIsThePersonNamedBefore) {
    EXPECT_EQ(facts("The UN envoy, Hans Grundberg, arrived in Muscat.\n\nGrundberg has urged "
                    "Saudi Arabia to sign the roadmap."),
              (std::set<std::string>{"Hans Grundberg urges Saudi Arabia"}));
    // Without the full name before it, one capitalized word opening a sentence is no name.
    EXPECT_TRUE(facts("Grundberg has urged Saudi Arabia to sign the roadmap.").empty());
}

TEST(Extractor, AccentsDoNotKeepANameFromItsEntity) {
    test::TempDir dir;
    dir.write("entities/extra.tsv", "Strelsau\tlocation\n");
    const Extractor custom({dir.path()});
    // The lexicon writes it without the accent, the text with one, and the other way round.
    EXPECT_EQ(facts("Strélsau, in the north of Ukraine, was hit.", custom),
              (std::set<std::string>{"Strelsau located-in Ukraine"}));
    EXPECT_TRUE(
        entities("Sanchez met Erdogan in Istanbul.").contains("Recep Tayyip Erdogan:person"));
    // The name a new entity is stored under is the text's, accents and all.
    EXPECT_TRUE(entities("Minister Antti Häkkänen spoke.").contains("Antti Häkkänen:person"));
}

TEST(Extractor, AViewReadPastAClauseStartsAtTheWholeGroup) {
    const auto found = facts(
        "Estonia and Finland, which already share surveillance technology, also signed a "
        "memorandum on seabed monitoring.");
    EXPECT_TRUE(found.contains("Estonia exchanges-tech-with Finland"));
    EXPECT_TRUE(found.contains("Estonia cooperates-with Finland"));
    // After a verb the list is its object: the aside's clause belongs to the last name only.
    const auto after_verb =
        facts("Russia attacked Ukraine and Poland, a NATO member, condemned Moscow.");
    EXPECT_TRUE(after_verb.contains("Poland criticizes Russia"));
    EXPECT_FALSE(after_verb.contains("Ukraine criticizes Russia"));
    EXPECT_FALSE(facts("Iran armed the Houthis and Israel, a close ally of Washington, struck "
                       "Yemen.")
                     .contains("Houthis fights Yemen"));
    // A participle opens an apposition too.
    EXPECT_TRUE(facts("Transnistrian forces, backed by Russian units, fought a war against "
                      "Moldova.")
                    .contains("Transnistria fights Moldova"));
}

TEST(Extractor, TheCapitalizedAllianceIsTheAllianceJustNamed) {
    EXPECT_TRUE(facts("Finland joined NATO in 2023. The Kremlin says the expansion of the "
                      "Alliance threatens Russia.")
                    .contains("NATO threatens Russia"));
}

TEST(Extractor, CluesInTheSentenceMakeANewNameAPerson) {
    EXPECT_TRUE(entities("Godfrey Otunge, the mission's commander, spoke.")
                    .contains("Godfrey Otunge:person"));
    // Bodies speak too, and a company has a chief executive; a person in a district is no
    // place.
    EXPECT_FALSE(entities("Chatham House said the talks failed.").contains("Chatham House:person"));
    EXPECT_FALSE(entities("Rio Tinto, whose chief executive resigned, said little.")
                     .contains("Rio Tinto:person"));
    EXPECT_FALSE(entities("Mohamed Abdi, a district commissioner in the south, spoke.")
                     .contains("Mohamed Abdi:location"));
    // A state's own organ stays the state's: no "Russian Defence Ministry".
    EXPECT_TRUE(facts("The Russian Defence Ministry said it had struck Ukraine.")
                    .contains("Russia fights Ukraine"));
    EXPECT_TRUE(
        entities("The council is chaired by Rashad Alimi.").contains("Rashad Alimi:person"));
    EXPECT_TRUE(facts("Jeremiah Manele, the Prime Minister of Solomon Islands, met Xi Jinping.")
                    .contains("Jeremiah Manele leads Solomon Islands"));
    // An object that owns what follows it is not the object: the bureau is.
    EXPECT_FALSE(facts("Ri Chang Ho, head of North Korea's Reconnaissance General Bureau, was "
                       "listed.")
                     .contains("Ri Chang Ho leads North Korea"));
    // "cannot" negates.
    EXPECT_TRUE(facts("Ankara cannot approve the bids and accuses Stockholm of delays.").empty());
}

TEST(Extractor, ANewNameLeavesOutALegalFormOrARegionWord) {
    EXPECT_TRUE(entities("The UK designated Golden Delta Petroleum Company Limited on Monday.")
                    .contains("Golden Delta Petroleum:organization"));
    EXPECT_TRUE(entities("Air strikes hit villages in Myanmar's Sagaing Region.")
                    .contains("Sagaing:location"));
    // The passive is not read as the active with its agent.
    EXPECT_EQ(facts("Ukraine was criticized by the European Union on Tuesday."),
              (std::set<std::string>{"European Union criticizes Ukraine"}));
}

TEST(Extractor, APredicateAfterACommaSharesTheSubject) {
    EXPECT_EQ(facts("Mogadishu reacted with fury, accusing Addis Ababa of an assault."),
              (std::set<std::string>{"Somalia criticizes Ethiopia"}));
    EXPECT_EQ(facts("Maia Sandu has accused Moscow of meddling, has warned of Russian "
                    "interference, and has called on Russia to withdraw."),
              (std::set<std::string>{"Maia Sandu criticizes Russia", "Maia Sandu warns-of Russia",
                                     "Maia Sandu urges Russia"}));
    // "including" is no predicate.
    EXPECT_FALSE(facts("Russia struck several cities, including Kyiv.")
                     .contains("Russia meets-with Ukraine"));
}

TEST(Extractor, ItAfterAVerbOfSpeechIsTheOneThatSpoke) {
    EXPECT_EQ(facts("The U.S. State Department said on Tuesday it had urged Canada and Brazil to "
                    "help."),
              (std::set<std::string>{"United States urges Canada", "United States urges Brazil"}));
    // "they" is most often someone else than the one who spoke.
    EXPECT_TRUE(facts("Two soldiers were captured. Ukraine said they had fought alongside "
                      "Russian troops.")
                    .empty());
    // A person is not "it".
    EXPECT_TRUE(facts("Mark Rutte said it had attacked Ukraine.").empty());
}

TEST(Extractor, ADemonymOpensTheNameOfABody) {
    EXPECT_TRUE(entities("Fighters of the Turkish-backed Syrian National Army attacked.")
                    .contains("Syrian National Army:organization"));
    EXPECT_TRUE(facts("Fighters of the Turkish-backed Syrian National Army attacked SDF "
                      "positions.")
                    .contains("Turkey supports Syrian National Army"));
}

TEST(Extractor, GoodsSentToAPlaceAreADeployment) {
    EXPECT_TRUE(facts("Brazil has sent armoured vehicles to Roraima, its northernmost state.")
                    .contains("Brazil deploys-to Roraima"));
    // Food is no deployment.
    EXPECT_FALSE(facts("Germany sent food aid to Gaza.").contains("Germany deploys-to Gaza"));
}

TEST(Extractor, HeadsOfTerritoriesAndOfBodiesNamedBeforeWhose) {
    EXPECT_EQ(facts("Tatar lost an election to Tufan Erhurman, who has since led Northern "
                    "Cyprus."),
              (std::set<std::string>{"Tufan Erhurman leads Northern Cyprus"}));
    EXPECT_EQ(facts("Afghanistan is governed by the Taliban, whose supreme leader, Hibatullah "
                    "Akhundzada, rarely leaves Kandahar."),
              (std::set<std::string>{"Hibatullah Akhundzada leads Taliban"}));
    EXPECT_EQ(facts("Greenland's premier, Jens-Frederik Nielsen, went further."),
              (std::set<std::string>{"Jens-Frederik Nielsen leads Greenland"}));
    // A place before a war noun only names the operation.
    EXPECT_TRUE(facts("Oleksandr Syrskyi led the Kursk offensive.").empty());
}

TEST(Extractor, AKnownNameGluedToAlIsPartOfAPersonsName) {
    EXPECT_EQ(facts("The Houthis seized a ship. The group is led by Abdul-Malik al-Houthi."),
              (std::set<std::string>{"Abdul-Malik al-Houthi leads Houthis"}));
    // A form that starts with "al-" is still the group.
    EXPECT_TRUE(facts("Kenya fought al-Shabaab in Lamu.").contains("Kenya fights Al-Shabaab"));
}

TEST(Extractor, AYesNoQuestionStatesNothing) {
    EXPECT_TRUE(facts("Q: Are Iran and the United States cooperating on the talks?").empty());
    EXPECT_TRUE(facts("Did Russia supply drones to Iran?").empty());
    // A question that asks why takes the fact as given.
    EXPECT_TRUE(facts("Why did Russia supply drones to Iran?").contains("Russia supplies Iran"));
    EXPECT_TRUE(facts("A: Iran and the United States are cooperating closely.")
                    .contains("Iran cooperates-with United States"));
}

TEST(Extractor, ItOpeningASentenceIsTheBodyTheSentenceBeforeOpensWith) {
    EXPECT_TRUE(facts("The Houthis are a Yemeni group. It is armed by Iran.")
                    .contains("Iran supplies Houthis"));
    EXPECT_TRUE(facts("The Houthis seized a ship. The group is led by Abdul-Malik al-Houthi. "
                      "It is armed by Iran.")
                    .contains("Iran supplies Houthis"));
    // "They": a body with a plural name, or the two that open the sentence before.
    EXPECT_TRUE(facts("The Houthis have seized a ship. They have also attacked Israel.")
                    .contains("Houthis fights Israel"));
    EXPECT_TRUE(facts("Russia and China have held naval drills. They also signed a defence pact.")
                    .contains("China allied-with Russia"));
    // Only when the sentence before is about its subject: after another verb, "it" is as
    // likely the thing done, and a demonym is no subject.
    EXPECT_TRUE(facts("North Korea fired a ballistic missile. It crossed into Japan.").empty());
    EXPECT_TRUE(facts("Russian missiles hit a hospital in Kyiv. It was funded by the EU.")
                    .count("European Union supports Russia") == 0);
    EXPECT_TRUE(facts("Iran seized a tanker. They attacked Israel.").count("Iran fights Israel") ==
                0);
    // Not after a list, nor after a sentence that opens with something else.
    EXPECT_TRUE(facts("Iran and Russia held talks. It sanctioned Lithuania.").size() == 1U);
    EXPECT_TRUE(facts("A drone was shown by China. It sanctioned Lithuania.").empty());
}

TEST(Extractor, AListOfThingsBetweenVerbAndObjectIsReadPast) {
    EXPECT_EQ(facts("Iran supplied drones, missiles and artillery shells to Russia."),
              (std::set<std::string>{"Iran supplies Russia"}));
    EXPECT_EQ(facts("Turkey sold drones, armoured vehicles, and rifles to Somalia."),
              (std::set<std::string>{"Turkey supplies Somalia"}));
    EXPECT_EQ(facts("China deployed warships, rocket forces and long-range bombers to the "
                    "Taiwan Strait."),
              (std::set<std::string>{"China deploys-to Taiwan Strait"}));
    EXPECT_TRUE(facts("The Houthis are armed, trained and financed by Iran.")
                    .contains("Iran supplies Houthis"));
    // Not a list: a name after "and" starts a clause of its own.
    EXPECT_TRUE(facts("Iran built factories, trained engineers, and Russia sent drones to Syria.")
                    .count("Iran supplies Syria") == 0);
    // An item of five words or more is no list item.
    EXPECT_TRUE(facts("Iran supplied drones, the very latest long range missiles and shells to "
                      "Russia.")
                    .empty());
}

TEST(Extractor, TheGovernmentInACapitalIsTheCountry) {
    EXPECT_EQ(facts("Turkey backs the government in Tripoli."),
              (std::set<std::string>{"Turkey supports Libya"}));
    EXPECT_EQ(facts("Russia supports the military authorities in Niamey."),
              (std::set<std::string>{"Russia supports Niger"}));
    EXPECT_EQ(facts("The government of Iraq condemned Turkey."),
              (std::set<std::string>{"Iraq criticizes Turkey"}));
}

TEST(Extractor, APassiveDoesNotOpenWithANameAfterAPreposition) {
    // The attack was condemned, not Kyiv.
    EXPECT_TRUE(facts("The attack on Kyiv was condemned by France.").empty());
    EXPECT_TRUE(facts("The sanctions against Iran were criticized by China.").empty());
    EXPECT_EQ(facts("Kyiv was condemned by France."),
              (std::set<std::string>{"France criticizes Ukraine"}));
    // A possessive after a preposition is still read: "against Ukraine's Bakhmut region".
    EXPECT_TRUE(facts("Russia launched an offensive against Ukraine's Bakhmut region.")
                    .contains("Bakhmut located-in Ukraine"));
}

TEST(Extractor, NewNamesKeepASyllableAfterAHyphenAndTakeAGroupNounsType) {
    const auto doc = run("Cheng Li-wun met Albin Kurti, leader of the Vetevendosje movement.");
    std::map<std::string, EntityType> types;
    for (const auto& e : doc.entities) {
        types[e.name] = e.type;
    }
    EXPECT_TRUE(types.contains("Cheng Li-wun")) << "the name goes on past the hyphen";
    ASSERT_TRUE(types.contains("Vetevendosje"));
    EXPECT_EQ(types["Vetevendosje"], EntityType::kOrganization);
    EXPECT_TRUE(facts("Albin Kurti, leader of the Vetevendosje movement, spoke.")
                    .contains("Albin Kurti leads Vetevendosje"));
    // An English word after a hyphen is not part of a name, nor is a creed an organization.
    const auto other = run("The Pale Horse-backed militia met. The Shia militia attacked Israel.");
    for (const auto& e : other.entities) {
        EXPECT_EQ(e.name.find("backed"), std::string::npos) << e.name;
        EXPECT_NE(e.name, "Shia");
    }
}

TEST(Extractor, ItsBeforeATitleIsNotTheBodyOfAnotherTitle) {
    EXPECT_TRUE(facts("The UN special envoy, Hans Grundberg, met its chief, Mohammed Abdulsalam.")
                    .count("Mohammed Abdulsalam leads United Nations") == 0);
    EXPECT_TRUE(facts("The UN and its chief, Antonio Guterres, urged Russia to stop.")
                    .contains("Antonio Guterres leads United Nations"));
}

TEST(Extractor, ADefiniteReferenceIsNotWhereSomethingHappened) {
    // Brussels is the EU, but "in Brussels" is where NATO met.
    EXPECT_EQ(facts("NATO met in Brussels. The alliance warned of Russia."),
              (std::set<std::string>{"NATO warns-of Russia"}));
    // With no other name, the place is the one meant.
    EXPECT_TRUE(facts("Talks were held in Moscow. The country has deployed troops to Syria.")
                    .contains("Russia deploys-to Syria"));
}

// Wrong facts a review of the rules of 27 November found; each sentence must not give them.
TEST(Extractor, GivesNoneOfTheWrongFactsTheReviewFound) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"Then-President Joe Biden met Chinese leader Xi Jinping in San Francisco. The United "
         "States hosted the summit.",
         "Joe Biden leads United States"},
        {"Ousted President Bashar al-Assad fled to Moscow from Syria.",
         "Bashar al-Assad leads Syria"},
        {"Incoming President Donald Trump has vowed to help the United States.",
         "Donald Trump leads United States"},
        {"Iran may be arming the Houthis, supplying missiles and sending advisers to Yemen.",
         "Iran supplies Yemen"},
        {"Russia has a strong support base in Serbia, analysts say.", "Russia deploys-to Serbia"},
        {"Belarus was accused of sending migrants to Poland.", "Belarus deploys-to Poland"},
        {"Iraqi forces killed eight Syrian militants near the border.", "Iraq fights Syria"},
        {"Poland took delivery of Apache helicopters from US defence firms.",
         "Poland fights United States"},
        {"Ukraine was among the issues EU members discussed on Thursday.",
         "Ukraine member-of European Union"},
        {"Tartus, Russia's naval port in Syria, was evacuated.", "Tartus located-in Russia"},
        {"The European Union sent a task force to Moldova to counter disinformation.",
         "European Union deploys-to Moldova"},
        {"\"Is Russia arming the Houthis?\" Blinken asked reporters in Cairo.",
         "Russia supplies Houthis"},
        {"Drones struck Belgorod, in Russia, and Kharkiv, in Ukraine, overnight.",
         "Belgorod located-in Ukraine"},
        {"Russia withdrew troops, jets and air defences from Syria and redeployed them to Libya.",
         "Syria deploys-to Libya"},
        {"The attacks on Israel and Lebanon were condemned by Egypt.", "Egypt criticizes Lebanon"},
        {"The invasion of Ukraine was condemned by Brazil.", "Brazil criticizes Ukraine"},
        {"Bilawal Bhutto Zardari, the former foreign minister, accused India of terrorism.",
         "Asif Ali Zardari criticizes India"},
    };
    for (const auto& [text, wrong] : cases) {
        EXPECT_EQ(facts(text).count(wrong), 0U) << text;
    }
    // What the mends keep.
    EXPECT_TRUE(facts("Kenya and the Federal Government of Somalia signed a pact, and Ethiopia "
                      "sent troops to Somalia.")
                    .contains("Ethiopia deploys-to Somalia"));
    EXPECT_TRUE(facts("Yemen's port of al-Hudaydah was struck by Israel.")
                    .contains("Israel fights Hodeidah"));
}

// Sentences the review of 27 November's second batch of rules found wrong, each with the fact
// it must not give (or must keep).
TEST(Extractor, GivesNoneOfTheWrongFactsTheSecondReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        // An object after a possessive is not a name past "of".
        {"The EU condemned Russia's invasion of Ukraine.", "European Union criticizes Ukraine"},
        {"China has backed Russia's invasion of Ukraine since 2022.", "China supports Ukraine"},
        {"Iran supplied drones for Russia's invasion of Ukraine.", "Iran supplies Ukraine"},
        // A title phrase is not "the defence of Ukraine, Keir Starmer said".
        {"Britain funds the defence of Ukraine, Keir Starmer said.",
         "United Kingdom supplies Keir Starmer"},
        {"Hamas attacked the state of Israel, Benjamin Netanyahu said on Sunday.",
         "Hamas fights Benjamin Netanyahu"},
        // "it" after "but" or "while" is not the sentence's subject; nor a name that does not
        // open the sentence.
        {"The EU sanctioned Iran last year, but it still supplies Russia with drones.",
         "European Union supplies Russia"},
        {"Russia attacked Ukraine while it was negotiating with the United States.",
         "Russia cooperates-with United States"},
        {"The report on Iran was published in May, and it criticized Russia.",
         "Iran criticizes Russia"},
        {"Israel said Hamas and its fighters attacked Egypt.", "Israel fights Egypt"},
        // A speaker's aside is not the subject.
        {"Russia's forces, Zelensky said, shelled Kharkiv overnight and attacked Moldova.",
         "Volodymyr Zelensky fights Moldova"},
        {"Iran promised to avenge Hamas.", "Iran threatens Hamas"},
        {"Estonia fears Russian attacks on NATO.", "Russia fights NATO"},
        {"Washington threatened sanctions against Colombia.", "United States sanctions Colombia"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"The EU condemned Russia's invasion of Ukraine.", "European Union criticizes Russia"},
        {"Russia's forces, Zelensky said, shelled Kharkiv overnight and attacked Moldova.",
         "Russia fights Moldova"},
        {"Russia condemned Joe Biden, Britain and France.", "Russia criticizes France"},
        {"The EU sanctioned Belarus, Alexander Lukashenko and Russia.",
         "European Union sanctions Russia"},
        // A wrapped line is no heading.
        {"Ukraine accused\nRussia of attacking Poland.", "Ukraine criticizes Russia"},
        {"Japan condemned\nChina and Russia.", "Japan criticizes China"},
        {"Seoul said North\nKorean troops were sent to Russia.", "North Korea deploys-to Russia"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

// What the second review of 27 November found, after the first review's mends.
TEST(Extractor, GivesNoneOfTheWrongFactsTheThirdReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        {"Armenia demanded the withdrawal of peacekeepers from Nagorno-Karabakh.",
         "Armenia urges Nagorno-Karabakh"},
        {"Ukraine pushed Russia to the east bank of the Dnipro.", "Ukraine urges Russia"},
        {"Britain told Iran for years that its nuclear programme was a danger.",
         "United Kingdom urges Iran"},
        {"The Israeli military has destroyed bases in Syria.", "Israel deploys-to Syria"},
        {"Chinese engineers operate in Pakistan.", "China deploys-to Pakistan"},
        {"Residents in Kursk expressed anger at Moscow.", "Kursk criticizes Russia"},
        {"Ukraine rejected Russia's demands for neutrality.", "Ukraine criticizes Russia"},
        {"In brief:\nIran Sanctions\nBritain sanctioned Iran.", "Iran sanctions United Kingdom"},
        {"Israel said Hamas and its fighters attacked Egypt.", "Israel fights Egypt"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"U.S. Treasury Secretary Janet Yellen criticized China's overcapacity.",
         "Janet Yellen criticizes China"},
        {"The United States sanctioned Sudan's notorious paramilitary Rapid Support Forces.",
         "United States sanctions Rapid Support Forces"},
        {"The UN arms embargo on Libya is routinely violated.", "United Nations sanctions Libya"},
        {"EU trade sanctions on Belarus were tightened.", "European Union sanctions Belarus"},
        {"Last week Russia sanctioned Canada, and it condemned Finland.",
         "Russia criticizes Finland"},
        {"Moldova hosted the President of the European Council, Antonio Costa.",
         "António Costa meets-with Moldova"},
        {"Zelensky met the Minister of Defence of Britain, John Healey, in Kyiv.",
         "John Healey meets-with Volodymyr Zelensky"},
        {"Live updates\n09:15 GMT\nRussia shelled Ukraine, the mayor said\n09:40 GMT\nThe EU "
         "condemned Russia.",
         "European Union criticizes Russia"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

// What the third review of 27 November found.
TEST(Extractor, GivesNoneOfTheWrongFactsTheFourthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        // "its" after "and", and "it" after "yet", are not the sentence's subject.
        {"NATO warned Russia, and its jets struck Ukraine.", "NATO fights Ukraine"},
        {"The EU sanctioned Iran, yet it supplied Russia with drones.",
         "European Union supplies Russia"},
        // "he" before a main clause that names a person is that person.
        {"Joe Biden spoke in Washington. Before he met Xi Jinping, Vladimir Putin met Kim Jong "
         "Un.",
         "Joe Biden meets-with Xi Jinping"},
        // Only words that qualify an office stand between a possessive and a bare "leader".
        {"Sudan's paramilitary leader Mohamed Hamdan Dagalo visited Kenya.",
         "Mohamed Hamdan Dagalo leads Sudan"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"The Turkish army has about 3,000 soldiers stationed in northern Iraq.",
         "Turkey deploys-to Iraq"},
        {"The US Treasury's sanctions on Iran were extended.", "United States sanctions Iran"},
        {"Japan demanded explanations from Russia.", "Japan urges Russia"},
        // lead.became read "became named": its "was named" lacked the underscore.
        {"Kaja Kallas became Estonia's prime minister in 2021.", "Kaja Kallas leads Estonia"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, AListItemMayHoldACompoundOrAQuantity) {
    EXPECT_EQ(facts("Moscow sent frigates, bombers and about 1,500 troops to Nicaragua."),
              (std::set<std::string>{"Russia deploys-to Nicaragua"}));
    EXPECT_EQ(facts("Washington has deployed destroyers, F-35 fighter jets and marines to "
                    "Puerto Rico."),
              (std::set<std::string>{"United States deploys-to Puerto Rico"}));
}

TEST(Extractor, ADenialEndsWithItsObject) {
    // A verb that denies its object negates no predicate of its own after "and".
    EXPECT_EQ(facts("Islamabad denied any role and blamed the Taliban."),
              (std::set<std::string>{"Pakistan criticizes Taliban"}));
    EXPECT_EQ(facts("Beijing rejects the report and accuses Manila of provocation."),
              (std::set<std::string>{"China criticizes Philippines"}));
    // What the denial takes in stays denied.
    EXPECT_TRUE(facts("Belarus denied sending troops and supplying fuel to Russia.").empty());
    EXPECT_TRUE(facts("Iran denied that it sent drones and supplied missiles to Russia.").empty());
    EXPECT_TRUE(facts("Eritrea did not deny the report and accused Ethiopia.").empty());
}

TEST(Extractor, ACompanyNamedAfterWhoseItIsIsTheSlot) {
    EXPECT_EQ(facts("Canada blacklisted the Russian state arms exporter Rosoboronexport."),
              (std::set<std::string>{"Canada sanctions Rosoboronexport"}));
    EXPECT_EQ(facts("Serbia bought drones from the Chinese manufacturer Norinco."),
              (std::set<std::string>{"Norinco supplies Serbia"}));
    // Without a word for a company, the name before is the slot.
    EXPECT_EQ(facts("Canada sanctioned Iranian officials."),
              (std::set<std::string>{"Canada sanctions Iran"}));
}

TEST(Extractor, BothOpensAPair) {
    EXPECT_EQ(facts("Viktor Bout was sanctioned by both the United Nations and the EU."),
              (std::set<std::string>{"United Nations sanctions Viktor Bout",
                                     "European Union sanctions Viktor Bout"}));
}

TEST(Extractor, TroopsAtABaseInAPlaceAreDeployedThere) {
    EXPECT_EQ(facts("Hundreds of Wagner Group fighters moved to camps in Mali."),
              (std::set<std::string>{"Wagner Group deploys-to Mali"}));
    EXPECT_EQ(facts("France keeps about 900 soldiers at its naval base in Djibouti."),
              (std::set<std::string>{"France deploys-to Djibouti"}));
    EXPECT_EQ(facts("Belarus hosts instructors from Russia."),
              (std::set<std::string>{"Russia deploys-to Belarus"}));
    // Near a place is not in it.
    EXPECT_TRUE(facts("Russia moved troops to bases near Finland.").empty());
    // Goods sent to a sea are deployed there, never supplied to it.
    EXPECT_EQ(facts("Britain sent frigates and naval drones to the North Sea."),
              (std::set<std::string>{"United Kingdom deploys-to North Sea"}));
}

TEST(Extractor, DesignationsAndRestoredSanctionsAreSanctions) {
    EXPECT_EQ(facts("Australia designated Rosoboronexport under its autonomous sanctions."),
              (std::set<std::string>{"Australia sanctions Rosoboronexport"}));
    EXPECT_EQ(facts("The United States designated Hezbollah for its role in the attacks."),
              (std::set<std::string>{"United States sanctions Hezbollah"}));
    EXPECT_TRUE(facts("The UN designated Jean Arnault as its envoy.").empty());
    EXPECT_EQ(facts("The EU restored its sanctions on Iran."),
              (std::set<std::string>{"European Union sanctions Iran"}));
    // A sanctions regime named for a country is not that country's.
    EXPECT_EQ(facts("Ottawa designated Rosoboronexport under the Myanmar sanctions regulations."),
              (std::set<std::string>{"Canada sanctions Rosoboronexport"}));
    EXPECT_EQ(facts("Rosoboronexport is listed under the Myanmar sanctions regulations."),
              (std::set<std::string>{}));
}

TEST(Extractor, TheSubjectOfAnActIsNoNameAfterAPreposition) {
    EXPECT_FALSE(facts("Russia's growing naval presence in the Baltic Sea threatens Finland.")
                     .contains("Baltic Sea threatens Finland"));
    EXPECT_FALSE(facts("Iran's embassy in Baghdad accused Washington of meddling.")
                     .contains("Iraq criticizes United States"));
    // A possessive opens a noun phrase of its own; an opening phrase ends at its comma; a
    // relative clause states something of the name before it wherever that stands.
    const std::vector<std::pair<std::string, std::string>> kept{
        {"Finland applied in response to Russia's invasion of Ukraine.", "Russia fights Ukraine"},
        {"In Kyiv, Volodymyr Zelensky accused Moscow of lying.",
         "Volodymyr Zelensky criticizes Russia"},
        {"On Syria, France and Germany urged Russia to stop the strikes.", "Germany urges Russia"},
        {"The EU widened its sanctions on Belarus, which has supplied fuel to Russia.",
         "Belarus supplies Russia"},
        {"Ships of Iran, Iraq and Syria attacked Israel.", "Iraq fights Israel"},
        {"The war escalated with Turkish air strikes on PKK positions.", "Turkey fights PKK"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, ATitleBeforeASurnameMakesTheEarlierNameAPerson) {
    const auto found = facts("At the vote, Anna Lindqvist warned of the risk. Norway later "
                             "sanctioned Mr. Lindqvist.");
    EXPECT_TRUE(found.contains("Norway sanctions Anna Lindqvist"));
    EXPECT_FALSE(found.contains("Norway sanctions Lindqvist"));
    EXPECT_TRUE(entities("At the vote, Anna Lindqvist spoke. Norway later sanctioned Mr. "
                         "Lindqvist.")
                    .contains("Anna Lindqvist:person"));
}

TEST(Extractor, AStatesOrganInCapitalsIsTheState) {
    EXPECT_EQ(facts("The Russian Defence Ministry accused Ukraine of shelling."),
              (std::set<std::string>{"Russia criticizes Ukraine"}));
    EXPECT_EQ(facts("Russia's Foreign Ministry condemned Poland."),
              (std::set<std::string>{"Russia criticizes Poland"}));
    // Named in three words or more, the organ is a body of its own.
    EXPECT_EQ(facts("The Canadian Security Intelligence Service accused India of interference."),
              (std::set<std::string>{"Canadian Security Intelligence Service criticizes India"}));
}

TEST(Extractor, AParticipleOpeningASentenceOpensNoName) {
    EXPECT_FALSE(entities("Addressing the Assembly, Ursula von der Leyen spoke.")
                     .contains("Addressing the Assembly:organization"));
}

TEST(Extractor, HeAfterAnUnnamedSpeakerIsNotThePersonSpokenOf) {
    EXPECT_TRUE(facts("The Chinese ambassador rejected the report, saying that Mr. Kim Ho-sung "
                      "had lied. He accused Japan of provocation.")
                    .count("Kim Ho-sung criticizes Japan") == 0);
    EXPECT_TRUE(facts("Sergei Lavrov rejected the report, saying it was false. He accused Japan "
                      "of provocation.")
                    .contains("Sergei Lavrov criticizes Japan"));
}

TEST(Extractor, AWarningAboutOneAtRiskIsNoWarningOfIt) {
    EXPECT_TRUE(facts("The IMF warned that Laos could lose access to markets.").empty());
    EXPECT_TRUE(facts("The World Bank warned that Egypt is at risk of default.").empty());
    EXPECT_EQ(facts("Seoul warned that North Korea could launch a satellite."),
              (std::set<std::string>{"South Korea warns-of North Korea"}));
}

TEST(Extractor, AMeetingThatMayYetHappenIsNone) {
    EXPECT_TRUE(facts("A meeting between Xi Jinping and Joe Biden was possible in Lima.").empty());
    EXPECT_TRUE(facts("Talks between Iran and the United States could resume.").empty());
    EXPECT_EQ(facts("Talks between Iran and the United States ended in Muscat."),
              (std::set<std::string>{"Iran meets-with United States"}));
}

TEST(Extractor, MembershipsStatedInPassing) {
    EXPECT_EQ(facts("As members of the African Union, Kenya and Ghana backed the plan."),
              (std::set<std::string>{"Kenya member-of African Union",
                                     "Ghana member-of African Union"}));
    EXPECT_TRUE(facts("Chile, as a founding member of APEC, hosted the meeting.")
                    .contains("Chile member-of APEC"));
    EXPECT_EQ(facts("Peru and Chile both belong to APEC."),
              (std::set<std::string>{"Peru member-of APEC", "Chile member-of APEC"}));
}

TEST(Extractor, APlaceBeforeAWordForABodyNamesTheBody) {
    // A meeting's name is no body's, of which countries would be members.
    EXPECT_TRUE(entities("Leaders met at the East Asia Summit in Vientiane.")
                    .contains("East Asia Summit:other"));
    EXPECT_TRUE(entities("Norway chairs the Arctic Council.").contains("Arctic Council:organization"));
    // "the G20 and the East Asia Summit" is no meeting of East Asia with the G20.
    EXPECT_TRUE(facts("Japan and India are members of the G20 and the East Asia Summit.")
                    .count("East Asia meets-with G20") == 0);
    // The second of a pair is still a place: the alliance is the pair's.
    EXPECT_TRUE(facts("They vowed to deepen the resilience of the Japan-U.S. Alliance.")
                    .contains("Japan allied-with United States"));
}

TEST(Extractor, TheTwoCountriesAreCountries) {
    const auto found = facts("Chile and Peru signed a treaty. As members of the G20 and the "
                             "Pacific Alliance, the two countries will work together.");
    EXPECT_TRUE(found.contains("Chile member-of G20"));
    EXPECT_FALSE(found.contains("Pacific Alliance member-of G20"));
}

TEST(Extractor, ATitlePhraseBeforeANameWithNoComma) {
    // In the style of protocol: "Title of Body Name", the body a chain of them.
    EXPECT_TRUE(facts("Foreign Minister Ahmed Attaf was received by Premier of the State Council "
                      "of the People's Republic of China Li Qiang.")
                    .contains("Ahmed Attaf meets-with Li Qiang"));
    EXPECT_TRUE(facts("They reviewed the agreements reached by President of Kazakhstan "
                      "Kassym-Jomart Tokayev and President of China Xi Jinping during their "
                      "meeting in Astana.")
                    .contains("Kassym-Jomart Tokayev meets-with Xi Jinping"));
}

TEST(Extractor, ABodysNameEndsWhereAPersonsBegins) {
    const auto found = entities("The minister met Chairman of Huaxin Petroleum "
                                "Corporation Zhang Wei.");
    EXPECT_TRUE(found.contains("Huaxin Petroleum Corporation:organization"));
    EXPECT_TRUE(found.contains("Zhang Wei:person"));
    // A name joined by "for" goes on.
    EXPECT_TRUE(entities("A fellow of the Kestrel Centre for Strategic Studies spoke.")
                    .contains("Kestrel Centre for Strategic Studies:organization"));
    // A country's name opens a body's, but not a state's organ, nor after a hyphen.
    EXPECT_TRUE(entities("The Qatar Investment Authority bought a stake.")
                    .contains("Qatar Investment Authority:organization"));
    EXPECT_EQ(facts("The China Coast Guard fired on Philippine vessels."),
              (std::set<std::string>{"China fights Philippines"}));
}

TEST(Extractor, ADamOrABaseIsAPlace) {
    EXPECT_EQ(facts("The Ilisu Dam in south-eastern Turkey began filling."),
              (std::set<std::string>{"Ilisu Dam located-in Turkey"}));
    EXPECT_TRUE(entities("Jets flew from Al Udeid Air Base.").contains("Al Udeid Air Base:location"));
    EXPECT_EQ(facts("Modi visited Lakshadweep, an Indian island chain."),
              (std::set<std::string>{"Lakshadweep located-in India"}));
}

TEST(Extractor, MeetingsHadAndAttended) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"Prime Minister Narendra Modi and Prime Minister Mark Carney had a very constructive "
         "meeting.",
         "Mark Carney meets-with Narendra Modi"},
        {"Masrour Barzani attended a dinner with Recep Tayyip Erdogan in Erbil.",
         "Masrour Barzani meets-with Recep Tayyip Erdogan"},
    };
    for (const auto& [text, fact] : cases) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    EXPECT_TRUE(facts("India and Pakistan had talks scheduled for May.").empty());
}

TEST(Extractor, ExercisesWithAnotherAreCooperation) {
    EXPECT_EQ(facts("Peru's navy takes part in the annual UNITAS exercises with the US Navy."),
              (std::set<std::string>{"Peru cooperates-with United States"}));
    EXPECT_EQ(facts("Japan held joint drills with the Philippines."),
              (std::set<std::string>{"Japan cooperates-with Philippines"}));
}

TEST(Extractor, AnUnnamedSpeakerIsTheCountryItSpeaksFor) {
    // The records of a council name speakers by the country they speak for.
    EXPECT_EQ(facts("The representative of the Russian Federation condemned the report."),
              (std::set<std::string>{}));
    EXPECT_EQ(facts("The permanent representative of Brazil criticized Israel."),
              (std::set<std::string>{"Brazil criticizes Israel"}));
    EXPECT_EQ(facts("The representative of Ghana said that his country had provided $20 million "
                    "in assistance to Liberia."),
              (std::set<std::string>{"Ghana supplies Liberia"}));
    EXPECT_TRUE(facts("The representative of the Russian Federation rejected the briefing, saying "
                      "that Mr. Lindqvist had no mandate. He accused the United States of "
                      "meddling.")
                    .contains("Russia criticizes United States"));
    EXPECT_TRUE(facts("The Chinese ambassador rejected the claim. She accused Japan of lying.")
                    .contains("China criticizes Japan"));
    // A delegate acts for the country before it, as officials do.
    EXPECT_EQ(facts("The French delegate criticized Russia."),
              (std::set<std::string>{"France criticizes Russia"}));
}

TEST(Extractor, ADeputyIsNoHead) {
    EXPECT_FALSE(facts("Iran's deputy president Mohammad Reza Aref met Vladimir Putin.")
                     .contains("Mohammad Reza Aref leads Iran"));
}

TEST(Extractor, AnAsideOfExamplesIsReadPast) {
    EXPECT_EQ(facts("Turkey delivered 3,000 tonnes of aid, including flour and tents, to Syria."),
              (std::set<std::string>{"Turkey supplies Syria"}));
    // One that names countries is a list the rules read.
    EXPECT_EQ(facts("The EU imposed sanctions on several countries, including Iran and Belarus, "
                    "last week."),
              (std::set<std::string>{"European Union sanctions Iran",
                                     "European Union sanctions Belarus"}));
}

TEST(Extractor, CommentsDeridingAreCriticism) {
    EXPECT_EQ(facts("Two Ghanaian deputy ministers posted comments deriding Nigerian President "
                    "Bola Tinubu."),
              (std::set<std::string>{"Ghana criticizes Bola Tinubu", "Bola Tinubu leads Nigeria"}));
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheFifthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        {"The US and the EU imposed sanctions on Russia, and the two governments coordinated "
         "closely.",
         "Russia cooperates-with United States"},
        {"The United Nations designated Jean Arnault, a French diplomat, as its envoy.",
         "United Nations sanctions Jean Arnault"},
        {"The EU sanctioned Russia's shadow fleet operator, Reuters reported.",
         "European Union sanctions Reuters"},
        {"North Korea denied it shipped shells and deployed soldiers to Russia.",
         "North Korea deploys-to Russia"},
        {"Moscow dismisses the criticism and sanctions targeting Belarus.",
         "Russia sanctions Belarus"},
        {"As non-members of NATO, Austria and Ireland stayed neutral.", "Austria member-of NATO"},
        {"Turkey, as a candidate member of the EU, objected.", "Turkey member-of European Union"},
        {"Qatar hosts migrant workers from Nepal and India.", "India deploys-to Qatar"},
        {"The UN moved food aid to camps in Chad.", "United Nations deploys-to Chad"},
        {"India reinstated oil imports despite sanctions on Iran.", "India sanctions Iran"},
        {"The Paris Summit brought together France, Germany and Italy.",
         "France member-of Paris Summit"},
        {"Russia's Pacific Fleet held drills.", "Pacific Ocean located-in Russia"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"After the raid on Gaza, Egypt and Jordan condemned Israel.", "Jordan criticizes Israel"},
        {"In a call with Zelensky, Macron and Scholz condemned Russia.",
         "Olaf Scholz criticizes Russia"},
        {"Militias launched rockets at US forces in Iraq.", "United States deploys-to Iraq"},
        {"Oil exports fell amid US sanctions on Venezuela.", "United States sanctions Venezuela"},
        {"Officials at NATO accused Russia of sabotage.", "NATO criticizes Russia"},
        {"The foreign minister of India, Subrahmanyam Jaishankar, visited Moscow. He urged "
         "Russia to end the war.",
         "Subrahmanyam Jaishankar urges Russia"},
        {"Iraq warned that Turkey is at fault.", "Iraq warns-of Turkey"},
        {"The EU restored its own sanctions on Iran the same week.",
         "European Union sanctions Iran"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, ANamePlacedInAKnownCountryIsAPlace) {
    EXPECT_EQ(facts("Tesla opened a plant in Gruenheide, in eastern Germany, last year."),
              (std::set<std::string>{"Gruenheide located-in Germany"}));
    EXPECT_EQ(facts("He then travelled to Kananaskis in Canada."),
              (std::set<std::string>{"Kananaskis located-in Canada"}));
    EXPECT_EQ(facts("Drones flew from an airstrip at Amdjarass, in eastern Chad."),
              (std::set<std::string>{"Amdjarass located-in Chad"}));
    // After "at", a name is a company as often as a place.
    EXPECT_TRUE(facts("She worked at Siemens in Germany.").empty());
    // "the Chinese city of Tacheng" joins no list before it.
    EXPECT_EQ(facts("A rail crossing opened between Bakhty in Kazakhstan and the Chinese city of Tacheng."),
              (std::set<std::string>{"Bakhty located-in Kazakhstan", "Tacheng located-in China"}));
}

TEST(Extractor, InvasionsLedCoalitionsAndHeldPositions) {
    EXPECT_EQ(facts("Iraq invaded Kuwait in August 1990."),
              (std::set<std::string>{"Iraq deploys-to Kuwait", "Iraq fights Kuwait"}));
    EXPECT_TRUE(facts("Russia did not invade Finland.").empty());
    EXPECT_EQ(facts("A Saudi-led coalition fought the Houthis for years."),
              (std::set<std::string>{"Saudi Arabia fights Houthis"}));
    EXPECT_EQ(facts("Russian artillery shelled positions held by forces loyal to Ukraine."),
              (std::set<std::string>{"Russia fights Ukraine"}));
}

TEST(Extractor, ItAfterAParticipleOfBlameIsTheObjectBefore) {
    EXPECT_EQ(facts("Canada blacklisted the Iranian airline Mahan Air, accusing it of flying "
                    "weapons to Syria."),
              (std::set<std::string>{"Canada sanctions Mahan Air", "Canada criticizes Mahan Air",
                                     "Mahan Air supplies Syria"}));
    EXPECT_TRUE(facts("Britain sanctioned Ilan Shor in May, accusing him of buying votes.")
                    .contains("United Kingdom criticizes Ilan Shor"));
    // Not a preposition's object: the role is the threat, not Syria.
    EXPECT_EQ(facts("Netanyahu warned of Turkey's growing role in Syria, calling it a threat to "
                    "Israel's security."),
              (std::set<std::string>{"Benjamin Netanyahu warns-of Turkey"}));
}

TEST(Extractor, NamesCalledAreCriticism) {
    EXPECT_EQ(facts("Beijing called Lai Ching-te a \"separatist\"."),
              (std::set<std::string>{"China criticizes Lai Ching-te"}));
    EXPECT_EQ(facts("Tbilisi dismissed the American move as \"blackmail\"."),
              (std::set<std::string>{"Georgia criticizes United States"}));
    EXPECT_TRUE(facts("Russia called Hungary a friend.").empty());
}

TEST(Extractor, TheMonthMayHedgesNothing) {
    EXPECT_EQ(facts("In May, Russia sent troops to Belarus."),
              (std::set<std::string>{"Russia deploys-to Belarus"}));
    EXPECT_EQ(facts("On 9 May Russia sent troops to Belarus."),
              (std::set<std::string>{"Russia deploys-to Belarus"}));
    EXPECT_TRUE(facts("Russia may send troops to Belarus.").empty());
}

TEST(Extractor, AHedgeUsedAsANounHedgesNoPredicate) {
    EXPECT_TRUE(facts("Sandu has warned of Russian attempts to interfere, and has called on "
                      "Russia to withdraw its troops.")
                    .contains("Maia Sandu urges Russia"));
    EXPECT_TRUE(facts("Russia plans to send troops and supplies arms to Mali.").empty());
}

TEST(Extractor, UrgingByAgentsAndAtATime) {
    EXPECT_EQ(facts("Haiti's transitional council has asked the Security Council to act."),
              (std::set<std::string>{"Haiti urges UN Security Council"}));
    EXPECT_EQ(facts("Winston Peters urged Kiribati in early 2025 to be transparent."),
              (std::set<std::string>{"Winston Peters urges Kiribati"}));
}

TEST(Extractor, ItsClosestAllyIsTheSubjects) {
    EXPECT_TRUE(facts("Russia flew two bombers over Belarus, its closest ally, on Tuesday.")
                    .contains("Belarus allied-with Russia"));
    EXPECT_TRUE(facts("Russia attacked Ukraine, its neighbour.").count("Russia allied-with Ukraine") ==
                0);
}

TEST(Extractor, ATitledPhraseOpeningTheSentenceIsItsPerson) {
    EXPECT_EQ(facts("The UN special envoy, Hans Grundberg, met Mohammed Abdulsalam in Muscat."),
              (std::set<std::string>{"Hans Grundberg meets-with Mohammed Abdulsalam"}));
    EXPECT_TRUE(facts("Hans Grundberg met its chief, Mohammed Abdulsalam, in Muscat.")
                    .contains("Hans Grundberg meets-with Mohammed Abdulsalam"));
    // No title in the opening phrase: no person of it.
    EXPECT_TRUE(facts("The attack, Volodymyr Zelensky said, was condemned.").empty());
}

TEST(Extractor, CourtesyCallsAndSittingDownAreMeetings) {
    EXPECT_TRUE(facts("Mohamad Hasan paid a courtesy call on the Prime Minister of Viet Nam, "
                      "Pham Minh Chinh.")
                    .contains("Mohamad Hasan meets-with Pham Minh Chinh"));
    EXPECT_TRUE(facts("Antonio Guterres convened talks in Geneva, where he sat down at the same "
                      "table with Cypriot President Nikos Christodoulides.")
                    .contains("Antonio Guterres meets-with Nikos Christodoulides"));
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheSixthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        {"A summit between Putin and Zelensky could end the war.",
         "Vladimir Putin meets-with Volodymyr Zelensky"},
        {"Talks between Ethiopia and Egypt will not happen this year.",
         "Egypt meets-with Ethiopia"},
        {"The UN warned that Gaza faced famine.", "United Nations warns-of Gaza"},
        {"Zelensky told the French newspaper that his country had attacked Russia.",
         "France fights Russia"},
        {"The Belarusian opposition leader met Zelensky in Kyiv. She urged the European Union to "
         "sanction Belarus.",
         "Belarus urges European Union"},
        {"Spain pushed for EU sanctions on Israel.", "European Union sanctions Israel"},
        {"Moscow warned against NATO troops in Ukraine.", "NATO deploys-to Ukraine"},
        {"Russia invaded Ukraine, Germany and France told the Council.",
         "Russia deploys-to Germany"},
        {"After Russia invaded Ukraine, Finland and Sweden joined NATO.", "Russia fights Finland"},
        // (The seventh review found "exercises with Iranian warships" to be joint drills more
        // often: the warships no longer refuse.)
        {"Taiwan conducted exercises with China nearby.", "China cooperates-with Taiwan"},
        {"France and Algeria had a meeting called off.", "Algeria meets-with France"},
        {"The UAE supplied arms to Haftar in Libya.", "Haftar located-in Libya"},
        {"Russia kept its warships at Tartus, a Russian naval port on the Syrian coast.",
         "Tartus located-in Russia"},
        {"In Geneva, Iran and the United States met.", "Geneva meets-with Iran"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    EXPECT_FALSE(entities("The NATO Parliamentary Assembly Spring Session opened in Dayton.")
                     .contains("Spring Session:person"));
    const std::vector<std::pair<std::string, std::string>> kept{
        {"The Philippines accused the China Coast Guard of ramming its ship.",
         "Philippines criticizes China"},
        {"Ukraine attacked the Black Sea Fleet in Sevastopol.", "Ukraine fights Black Sea Fleet"},
        {"Anwar Ibrahim met Premier of the State Council of China Li Qiang.",
         "Anwar Ibrahim meets-with Li Qiang"},
        {"Putin met with Chairman of the Presidential Council of Libya Mohamed al-Menfi.",
         "Mohamed al-Menfi meets-with Vladimir Putin"},
        {"In Geneva, Iran and the United States met.", "Iran meets-with United States"},
        {"Oil exports fell amid US sanctions on Venezuela.", "United States sanctions Venezuela"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, MembersOfAPact) {
    EXPECT_TRUE(facts("AUKUS, a security pact between Australia, Britain and the United States, "
                      "was signed in 2021.")
                    .contains("United Kingdom member-of AUKUS"));
    // A country in parentheses after a body is as often where it is as a member of it.
    EXPECT_TRUE(facts("Qamar Trading (United Arab Emirates) was designated.").empty());
    EXPECT_TRUE(facts("The IAEA (Vienna, Austria) sent inspectors.")
                    .count("Austria member-of IAEA") == 0);
    EXPECT_EQ(facts("Finland and Sweden became NATO members in 2023 and 2024."),
              (std::set<std::string>{"Finland member-of NATO", "Sweden member-of NATO"}));
}

TEST(Extractor, APresenceOrAMissionIsADeployment) {
    EXPECT_EQ(facts("Turkey has maintained a military presence in northern Iraq since 2019."),
              (std::set<std::string>{"Turkey deploys-to Iraq"}));
    EXPECT_EQ(facts("Russia's military presence in the Central African Republic has grown."),
              (std::set<std::string>{"Russia deploys-to Central African Republic"}));
    EXPECT_TRUE(facts("Russia's diplomatic presence in Africa has grown.").empty());
    EXPECT_EQ(facts("Kenya leads a multinational police mission in Haiti."),
              (std::set<std::string>{"Kenya deploys-to Haiti"}));
    EXPECT_EQ(facts("Pakistan carried out strikes inside Iranian territory."),
              (std::set<std::string>{"Pakistan fights Iran"}));
}

// As with "Russia's Kursk region", forces sent to a place the sentence places in a country are
// sent to the country too; the fact names the rule that read the deployment.
TEST(Extractor, ADeploymentToAPlaceInACountryIsToTheCountry) {
    EXPECT_EQ(facts("Russia deployed fighter jets to the Hmeimim air base in Syria."),
              (std::set<std::string>{"Russia deploys-to Hmeimim", "Russia deploys-to Syria",
                                     "Hmeimim located-in Syria"}));
    const auto doc = run("Russia deployed fighter jets to the Hmeimim air base in Syria.");
    const auto syria = std::find_if(doc.facts.begin(), doc.facts.end(), [](const FactRecord& f) {
        return f.subject == "Russia" && f.object == "Syria";
    });
    ASSERT_NE(syria, doc.facts.end());
    EXPECT_EQ(syria->rule, "deploy.verb (place in country)");
    EXPECT_FALSE(facts("Russia deployed jets to Hmeimim, a base that Syria leased to it.")
                     .contains("Russia deploys-to Syria"));
}

// Exercises two hold together are cooperation; a pact is an alliance only when it is one for
// defence or security.
TEST(Extractor, JointExercisesAreCooperationAndTradePactsNoAlliance) {
    EXPECT_TRUE(facts("China and Russia held joint naval drills in the Sea of Japan.")
                    .contains("China cooperates-with Russia"));
    EXPECT_TRUE(facts("India and France held their annual Varuna naval exercise.")
                    .contains("France cooperates-with India"));
    EXPECT_EQ(facts("It was the first joint exercise between the Chinese and Emirati air forces."),
              (std::set<std::string>{"China cooperates-with United Arab Emirates"}));
    EXPECT_EQ(facts("The joint search-and-rescue exercise held by Vietnam and the Philippines "
                    "ended."),
              (std::set<std::string>{"Philippines cooperates-with Vietnam"}));
    EXPECT_TRUE(facts("China and Russia did not hold joint drills this year.").empty());
    EXPECT_EQ(facts("The United Arab Emirates and India signed a trade pact in 2022."),
              (std::set<std::string>{"India cooperates-with United Arab Emirates"}));
    EXPECT_EQ(facts("Russia and North Korea signed a mutual defence pact."),
              (std::set<std::string>{"North Korea allied-with Russia"}));
}

// What a country's army does it does, in a possessive too; "Sudan People's Liberation
// Movement-in-Opposition" is one body's name; a kin in apposition after "and" is one of a pair.
TEST(Extractor, ArmiesPossessivesBodiesNamedForAPeopleAndKinInApposition) {
    EXPECT_EQ(facts("The Sudanese army's war against the Rapid Support Forces went on."),
              (std::set<std::string>{"Sudan fights Rapid Support Forces"}));
    EXPECT_EQ(facts("Riek Machar, the leader of the Sudan People's Liberation "
                    "Movement-in-Opposition, went on trial."),
              (std::set<std::string>{"Riek Machar leads SPLM-IO"}));
    EXPECT_EQ(facts("The Tigray People's Liberation Front accused Eritrea of attacks."),
              (std::set<std::string>{"TPLF criticizes Eritrea"}));
    EXPECT_EQ(facts("The Amhara People's Defence Force accused Eritrea of raids."),
              (std::set<std::string>{"Amhara People's Defence Force criticizes Eritrea"}));
    EXPECT_EQ(facts("Boko Haram and its rival, ISWAP, have attacked Cameroon."),
              (std::set<std::string>{"Boko Haram fights Cameroon",
                                     "Islamic State West Africa Province fights Cameroon"}));
    EXPECT_EQ(facts("Iran condemned Israel and its ally, the United States, for the strikes."),
              (std::set<std::string>{"Iran criticizes Israel", "Iran criticizes United States",
                                     "Israel allied-with United States"}));
    // Without the closing comma, the name after the kin is no member of the pair.
    EXPECT_FALSE(facts("Iran condemned Israel and its ally, the United States said.")
                     .contains("Iran criticizes United States"));
}

TEST(Extractor, UrgingNotToCoastGuardsAsidesThatNameAndBritishTitles) {
    EXPECT_EQ(facts("The United Nations has urged Bangladesh not to carry out the sentence."),
              (std::set<std::string>{"United Nations urges Bangladesh"}));
    EXPECT_TRUE(facts("The United Nations has not urged Bangladesh to carry out the sentence.")
                    .empty());
    EXPECT_EQ(facts("Volker Türk urged Tanzanian security forces to stop using force."),
              (std::set<std::string>{"Volker Türk urges Tanzania"}));
    EXPECT_EQ(facts("The United States, Britain and Norway, known as the troika, have urged "
                    "Salva Kiir to release Machar."),
              (std::set<std::string>{"United States urges Salva Kiir",
                                     "United Kingdom urges Salva Kiir",
                                     "Norway urges Salva Kiir"}));
    EXPECT_EQ(facts("Sheikh Hasina spoke from Delhi. She accused Mr Yunus of lying."),
              (std::set<std::string>{"Sheikh Hasina criticizes Muhammad Yunus"}));
    // "coast guard": the name before it is the guard's, not a coast's.
    EXPECT_EQ(facts("Hanoi accused Chinese coast guard vessels, while Beijing stayed silent."),
              (std::set<std::string>{"Vietnam criticizes China"}));
    EXPECT_EQ(facts("The government in Managua rejected the measures as \"colonial "
                    "interference\" by the European Union."),
              (std::set<std::string>{"Nicaragua criticizes European Union"}));
    EXPECT_TRUE(facts("Chinese vessels fired water cannon at a Philippine boat.").empty());
}

// Trade partners, cooperation stated in an aside or a relative clause, trade resumed.
TEST(Extractor, TradePartnersAndCooperationInPassing) {
    EXPECT_EQ(facts("China is Vietnam's largest trading partner."),
              (std::set<std::string>{"China cooperates-with Vietnam"}));
    EXPECT_EQ(facts("China is the largest trading partner of Vietnam."),
              (std::set<std::string>{"China cooperates-with Vietnam"}));
    EXPECT_EQ(facts("In 2018 Nigeria, in a rare act of security cooperation with Cameroon, "
                    "handed over the separatist."),
              (std::set<std::string>{"Cameroon cooperates-with Nigeria"}));
    EXPECT_EQ(facts("Bangladesh has resumed direct trade with Pakistan."),
              (std::set<std::string>{"Bangladesh cooperates-with Pakistan"}));
    EXPECT_TRUE(facts("Tokyo warned of China and Russia, whose military cooperation has grown.")
                    .contains("China cooperates-with Russia"));
    EXPECT_EQ(facts("Egyptian and Turkish warships ended five days of joint drills on Monday."),
              (std::set<std::string>{"Egypt cooperates-with Turkey"}));
    EXPECT_TRUE(facts("Bangladesh has not resumed trade with Pakistan.").empty());
}

// Places named in a pair before their apposition, after a capitalized direction, as a
// territory or a part; a clause joined after an object's apposition.
TEST(Extractor, PlacesInPairsTerritoriesAndClausesAfterAnApposition) {
    EXPECT_EQ(facts("Rebels attacked positions in Jonglei and Western Equatoria, both states of "
                    "South Sudan."),
              (std::set<std::string>{"Jonglei located-in South Sudan",
                                     "Western Equatoria located-in South Sudan"}));
    EXPECT_EQ(facts("Fighting spread to Western Equatoria, a state of South Sudan."),
              (std::set<std::string>{"Western Equatoria located-in South Sudan"}));
    EXPECT_FALSE(entities("Western officials met.").contains("Western:other"));
    EXPECT_EQ(facts("The Natuna Islands are Indonesian territory."),
              (std::set<std::string>{"Natuna Islands located-in Indonesia"}));
    EXPECT_EQ(facts("Crimea is part of Ukraine."),
              (std::set<std::string>{"Crimea located-in Ukraine"}));
    EXPECT_TRUE(facts("Crimea is not part of Russia.").empty());
    EXPECT_TRUE(entities("Dams upstream cut the flow into Vietnam's Mekong Delta.")
                    .contains("Mekong Delta:location"));
    EXPECT_EQ(facts("Riyadh bankrolls the Presidential Leadership Council, the body chaired by "
                    "Rashad al-Alimi, and the United Arab Emirates sponsors the Southern "
                    "Transitional Council."),
              (std::set<std::string>{
                  "Saudi Arabia supplies Presidential Leadership Council",
                  "Rashad al-Alimi leads Presidential Leadership Council",
                  "United Arab Emirates supports Southern Transitional Council"}));
}

// Roles in apposition without an article, a party's leader after "whose", calls by phone.
TEST(Extractor, RolesInAppositionWhoseLeaderAndPhoneCalls) {
    EXPECT_EQ(facts("Muhoozi Kainerugaba, chief of the Uganda People's Defence Forces, "
                    "threatened the White Army."),
              (std::set<std::string>{
                  "Muhoozi Kainerugaba leads Uganda People's Defence Forces",
                  "Muhoozi Kainerugaba threatens White Army"}));
    EXPECT_EQ(facts("The main opposition party, Chadema, whose leader Tundu Lissu is on "
                    "trial, was barred from the vote."),
              (std::set<std::string>{"Tundu Lissu leads Chadema"}));
    EXPECT_EQ(facts("To Lam, General Secretary of the Communist Party of Vietnam, chose Beijing "
                    "for his first state visit."),
              (std::set<std::string>{"To Lam leads Communist Party of Vietnam"}));
    EXPECT_EQ(facts("Kenya's President William Ruto telephoned Samia Suluhu Hassan."),
              (std::set<std::string>{"William Ruto leads Kenya",
                                     "Samia Suluhu Hassan meets-with William Ruto"}));
    EXPECT_EQ(facts("Vladimir Putin spoke by phone with Recep Tayyip Erdogan."),
              (std::set<std::string>{"Recep Tayyip Erdogan meets-with Vladimir Putin"}));
    EXPECT_TRUE(facts("Joe Biden did not phone Benjamin Netanyahu.").empty());
}

// A committee's name goes on over what it is on, but not over a day.
TEST(Extractor, ACommitteesNameTakesWhatItIsOn) {
    EXPECT_EQ(facts("John Moolenaar, chairman of the House Select Committee on the Chinese "
                    "Communist Party, has warned of Beijing's foothold."),
              (std::set<std::string>{
                  "John Moolenaar leads House Select Committee on the Chinese Communist Party",
                  "John Moolenaar warns-of China"}));
    EXPECT_TRUE(entities("The Council on Foreign Relations published a report.")
                    .contains("Council on Foreign Relations:organization"));
    EXPECT_EQ(facts("The Atlantic Council on Monday criticized Russia."),
              (std::set<std::string>{"Atlantic Council criticizes Russia"}));
}

// Ships that sail in, incursions, troops sent with more, ties raised to a partnership, a
// treaty a parliament ratifies, a seat held on a council.
TEST(Extractor, SailingIncursionsRaisedTiesRatifiedTreatiesAndSeats) {
    EXPECT_EQ(facts("Chinese coast guard ships have repeatedly sailed into the North Natuna Sea."),
              (std::set<std::string>{"China deploys-to North Natuna Sea"}));
    EXPECT_EQ(facts("The incursions of RSF fighters into the Central African Republic continued."),
              (std::set<std::string>{"Rapid Support Forces deploys-to Central African Republic"}));
    EXPECT_TRUE(facts("Uganda later sent troops and helicopter gunships to South Sudan.")
                    .contains("Uganda deploys-to South Sudan"));
    EXPECT_EQ(facts("By 2025 Vietnam had raised its ties with China and Japan, among others, to a "
                    "comprehensive strategic partnership."),
              (std::set<std::string>{"China allied-with Vietnam", "Japan allied-with Vietnam"}));
    EXPECT_EQ(facts("Papua New Guinea's parliament on Monday ratified a mutual defence treaty "
                    "with Australia."),
              (std::set<std::string>{"Australia allied-with Papua New Guinea"}));
    EXPECT_EQ(facts("Algiers, which holds a non-permanent seat on the UN Security Council, was "
                    "careful."),
              (std::set<std::string>{"Algeria member-of UN Security Council"}));
    EXPECT_TRUE(facts("Papua New Guinea's parliament did not ratify the defence treaty with "
                      "Australia.")
                    .empty());
}

// "And she ..." opens the sentence with its pronoun; a threat to the security of another.
TEST(Extractor, AConjunctionBeforeAPronounAndThreatsToSecurity) {
    EXPECT_EQ(facts("Sheikh Hasina fled to India. And she warned of the danger posed by "
                    "Jamaat-e-Islami."),
              (std::set<std::string>{"Sheikh Hasina warns-of Jamaat-e-Islami"}));
    EXPECT_EQ(facts("North Korea's missile development poses a grave threat to the peace and "
                    "security of Japan and the ROK."),
              (std::set<std::string>{"North Korea threatens Japan",
                                     "North Korea threatens South Korea"}));
    EXPECT_TRUE(facts("Iran does not pose a threat to the security of Saudi Arabia.").empty());
}

// Fighting alongside another against a third; aid in an amount; a supplier in a longer
// apposition; "however" inside the verb group.
TEST(Extractor, FightingAlongsideAidInAnAmountAndSuppliersInApposition) {
    EXPECT_TRUE(facts("Wagner fighters have fought alongside the Central African armed forces "
                      "against the rebel Coalition of Patriots for Change.")
                    .contains("Central African Republic fights Coalition of Patriots for Change"));
    EXPECT_EQ(facts("The UK has no plans to deploy troops. It has, however, provided £20 million "
                    "in humanitarian assistance to the Central African Republic."),
              (std::set<std::string>{"United Kingdom supplies Central African Republic"}));
    EXPECT_TRUE(facts("Russia, Algeria's long-standing ally and principal arms supplier, has "
                      "watched with interest.")
                    .contains("Russia supplies Algeria"));
}

// The style of protocol: family names in capitals, "H.E. Mr.", roles in apposition; the same
// "two leaders" from one sentence to the next; a family name before a hyphenated given name.
TEST(Extractor, ReadsAReadoutInTheStyleOfProtocol) {
    EXPECT_EQ(facts("Ms. TAKAICHI Sanae, Prime Minister of Japan, held a summit telephone talk "
                    "with H.E. Mr. LEE Jae-myung, President of the Republic of Korea."),
              (std::set<std::string>{"Sanae Takaichi leads Japan",
                                     "Lee Jae-myung leads South Korea",
                                     "Lee Jae-myung meets-with Sanae Takaichi"}));
    const auto chained = facts(
        "Sanae Takaichi spoke with Lee Jae-myung. The two leaders welcomed their meetings with "
        "Donald Trump. The two leaders urged North Korea to comply with the resolutions.");
    EXPECT_TRUE(chained.contains("Sanae Takaichi urges North Korea"));
    EXPECT_TRUE(chained.contains("Lee Jae-myung urges North Korea"));
    EXPECT_FALSE(chained.contains("Donald Trump urges North Korea"));
    EXPECT_TRUE(facts("Lee Jae-myung arrived in Tokyo. President Lee criticized North Korea.")
                    .contains("Lee Jae-myung criticizes North Korea"));
    // A role in apposition before "and" another name stays with its own name.
    EXPECT_FALSE(facts("Albin Kurti, Prime Minister of Kosovo, and Aleksandar Vucic, President "
                       "of Serbia, met in Brussels.")
                     .contains("Albin Kurti leads Serbia"));
}

// Regions named in pairs; an apposition of a place that a comma ends; a place after a
// possessive makes no list before ", and".
TEST(Extractor, RegionsInPairsAndPlacesAfterAPossessive) {
    EXPECT_EQ(facts("Cameroonian forces have fought separatists in the North-West and South-West "
                    "regions of Cameroon."),
              (std::set<std::string>{"North-West located-in Cameroon",
                                     "South-West located-in Cameroon"}));
    EXPECT_EQ(facts("Rebels attacked positions in Jonglei and Western Equatoria, both states of "
                    "South Sudan, and the army has bombed villages."),
              (std::set<std::string>{"Jonglei located-in South Sudan",
                                     "Western Equatoria located-in South Sudan"}));
    // The place noun must head the apposition: a newspaper is no place.
    EXPECT_TRUE(facts("Le Soleil, the Dakar state daily, quotes Senegalese President Bassirou "
                      "Diomaye Faye.")
                    .count("Le Soleil located-in Senegal") == 0);
    EXPECT_EQ(facts("The dam could reduce the flow of water into Vietnam's Mekong Delta, and "
                    "Hanoi has urged Phnom Penh to share data."),
              (std::set<std::string>{"Mekong Delta located-in Vietnam", "Vietnam urges Cambodia"}));
}

// "President X of Y" is Y's even after a place; a nationality before a trade names no
// country; companies in the plural; a sea before "port of".
TEST(Extractor, OfficesOfTheBodyNamedAfterAndNationalitiesOfPeople) {
    EXPECT_TRUE(facts("I received in Libreville President Denis Sassou Nguesso of the Republic "
                      "of Congo.")
                    .contains("Denis Sassou Nguesso leads Republic of the Congo"));
    EXPECT_FALSE(facts("I received in Libreville President Denis Sassou Nguesso of the Republic "
                       "of Congo.")
                     .contains("Denis Sassou Nguesso leads Gabon"));
    // The businessman's nationality names no country (the talks are a meeting).
    EXPECT_EQ(facts("Kinshasa is in talks with Dan Gertler, the Israeli businessman."),
              (std::set<std::string>{"Dan Gertler meets-with Democratic Republic of the Congo"}));
    EXPECT_EQ(facts("Mongolia has deployed 20,000 peacekeepers to United Nations missions."),
              (std::set<std::string>{}));
    EXPECT_EQ(facts("The United States imposed sanctions on the Russian oil companies Rosneft."),
              (std::set<std::string>{"United States sanctions Rosneft"}));
    EXPECT_TRUE(facts("Output leaves by rail for Angola's Atlantic port of Lobito.").empty());
    EXPECT_EQ(facts("Israel struck Yemen's Hodeidah port."),
              (std::set<std::string>{"Israel fights Yemen", "Hodeidah located-in Yemen"}));
}

// Agreements stated as a possessive, in a relative clause or with a time before "with"; a
// company named in an apposition; "like X" after a subject; contracts scrapped.
TEST(Extractor, AgreementsCompaniesInAppositionAndLikeAfterASubject) {
    EXPECT_EQ(facts("The panel focused on Italy's agreement with Albania."),
              (std::set<std::string>{"Albania cooperates-with Italy"}));
    EXPECT_EQ(facts("The panel discussed the agreements that Italy and the European Union have "
                    "reached with Tunisia."),
              (std::set<std::string>{"Italy cooperates-with Tunisia",
                                     "European Union cooperates-with Tunisia"}));
    EXPECT_EQ(facts("Egypt, which agreed a partial maritime boundary with Greece in 2020, called "
                    "for restraint."),
              (std::set<std::string>{"Egypt cooperates-with Greece"}));
    EXPECT_EQ(facts("Gecamines, the state miner, signed an agreement in July with KoBold Metals."),
              (std::set<std::string>{"Gecamines cooperates-with KoBold Metals"}));
    EXPECT_TRUE(facts("The junta scraps Niger's military agreements with France.").empty());
    EXPECT_EQ(facts("Kyrgyzstan and Tajikistan, like Russia, both belong to the CSTO."),
              (std::set<std::string>{"Kyrgyzstan member-of CSTO", "Tajikistan member-of CSTO",
                                     "Russia member-of CSTO"}));
    EXPECT_FALSE(facts("France and Germany, unlike Italy, condemned Russia.")
                     .contains("Italy criticizes Russia"));
    EXPECT_EQ(facts("Today Gabon is again a full member of the Economic Community of Central "
                    "African States."),
              (std::set<std::string>{"Gabon member-of ECCAS"}));
}

// Places that belong to a country, pairs of places, a base at a place, ship classes,
// approved loans, minerals.
TEST(Extractor, PlacesInPairsBasesAtPlacesAndApprovedLoans) {
    EXPECT_EQ(facts("The court ruled that the island of Mbanie belongs to Equatorial Guinea."),
              (std::set<std::string>{"Mbanie located-in Equatorial Guinea"}));
    EXPECT_EQ(facts("Italy built two centres in Shengjin and Gjader, both in Albania."),
              (std::set<std::string>{"Shengjin located-in Albania", "Gjader located-in Albania"}));
    EXPECT_EQ(facts("The ship sailed between the Greek islands of Kasos and Karpathos."),
              (std::set<std::string>{"Kasos located-in Greece", "Karpathos located-in Greece"}));
    EXPECT_EQ(facts("France returned its base at Port-Bouet, in Ivory Coast, to the army."),
              (std::set<std::string>{"Port-Bouet located-in Ivory Coast"}));
    EXPECT_TRUE(facts("He worked at Siemens, in Germany, for years.").empty());
    EXPECT_EQ(facts("France delivered Belharra-class frigates to Greece."),
              (std::set<std::string>{"France supplies Greece"}));
    EXPECT_EQ(facts("The IMF, which approved a disbursement of $184 million to Zambia in July, "
                    "urged restraint."),
              (std::set<std::string>{"IMF supplies Zambia"}));
    EXPECT_EQ(facts("Congo ships most of its cobalt to China."),
              (std::set<std::string>{"Democratic Republic of the Congo supplies China"}));
}

// A longer relative clause is read past; a surname after a particle names the person.
TEST(Extractor, LongRelativeClausesAndSurnamesAfterParticles) {
    EXPECT_TRUE(facts("The IMF, which approved a disbursement of $184 million to Zambia in July, "
                      "urged the government to protect the budget.")
                    .contains("IMF urges Zambia"));
    EXPECT_EQ(facts("The panel heard Hela Ben Youssef of the Tunis Forum. Ben Youssef urged the "
                    "European Union to tie new funding to monitoring."),
              (std::set<std::string>{"Hela Ben Youssef urges European Union"}));
}

TEST(Extractor, DontThinkNegatesTheClauseAfterIt) {
    EXPECT_TRUE(facts("I don't think Beijing keeps troops in Greenland.").empty());
    EXPECT_TRUE(facts("Analysts don't believe Beijing has a military presence in Greenland.")
                    .empty());
}

TEST(Extractor, ThreatenedOffensivesVisitsAndLeadersInApposition) {
    EXPECT_EQ(facts("Turkey threatened a new offensive against the SDF."),
              (std::set<std::string>{"Turkey threatens Syrian Democratic Forces"}));
    EXPECT_TRUE(facts("Kim Jong Un visited Vladimir Putin at the Kremlin.")
                    .contains("Kim Jong Un meets-with Vladimir Putin"));
    EXPECT_TRUE(facts("Kim Jong Un did not visit Vladimir Putin.").empty());
    EXPECT_TRUE(facts("The two leaders, Donald Trump and Xi Jinping, met in Busan.")
                    .contains("Donald Trump meets-with Xi Jinping"));
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheFifteenthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        // A mediator or a backer is not the one relations were restored with.
        {"Chad and Sudan restored relations with Qatari mediation.", "Chad cooperates-with Qatar"},
        {"Chad and Sudan restored relations with Kuwait's backing.",
         "Kuwait cooperates-with Sudan"},
        {"Iran and Egypt restored relations with Oman acting as a go-between.",
         "Egypt cooperates-with Oman"},
        // Sales planned, to come, or reported and dismissed.
        {"Proposed Russian arms sales to Mali have been delayed.", "Russia supplies Mali"},
        {"Any future Chinese weapons sales to Iran would breach the embargo.",
         "China supplies Iran"},
        {"Reports of Chinese weapons shipments to Russia were dismissed by Beijing.",
         "China supplies Russia"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"Ecuador and Peru restored diplomatic relations with each other after a rift.",
         "Ecuador cooperates-with Peru"},
        {"Kenya and Uganda restored relations with the help of Tanzania.",
         "Kenya cooperates-with Uganda"},
        {"The former Chilean President Michelle Bachelet led the OHCHR.",
         "Michelle Bachelet leads OHCHR"},
        // A place stays where it is whatever is planned there.
        {"Work on the planned route across Armenia's Syunik province has not started.",
         "Syunik located-in Armenia"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheFourteenthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        // Two that restored relations with a third, or signed with one, are no pair.
        {"Chad, Niger and Mali restored relations with Algeria.", "Chad cooperates-with Niger"},
        {"Spain and Portugal signed trade agreements with Brazil.",
         "Portugal cooperates-with Spain"},
        // A body's title before a country is no head of the country.
        {"The Iranian director Reza Karimi won a prize in Berlin.", "Reza Karimi leads Iran"},
        // "its" is not a name inside a clause "that" opens, nor a possessive in an aside.
        {"Belize is one of the few countries that recognise Taiwan, and its Prime Minister Juan "
         "Ortega visited Taipei.",
         "Juan Ortega leads Taiwan"},
        {"Hanwha Ocean, South Korea's largest shipbuilder, won the order, its chief executive "
         "Lee Min-ho said.",
         "Lee Min-ho leads South Korea"},
        // Sports, satellites, names of organs with no state, weapons as recipients.
        {"India attacked Australia's bowlers from the first over.", "India fights Australia"},
        {"Iran launched a satellite on a Russian rocket.", "Iran fights Russia"},
        {"The spokesman of the Foreign Ministry condemned the sanctions imposed by the EU.",
         "Foreign Ministry criticizes European Union"},
        {"Britain sent Storm Shadow missiles to Ukraine.", "United Kingdom supplies Storm Shadow"},
        // A claim that a negation governs.
        {"The ministry had no information about reports that Iran supplied missiles to Sudan.",
         "Iran supplies Sudan"},
        // Things do not speak.
        {"Whipps said Chinese vessels had entered Palau's waters and urged Japan to help.",
         "China urges Japan"},
        // An event's name and a state's one-word organ are no places or actors.
        {"Saudi Arabia's Red Sea Film Festival in Jeddah opened.",
         "Red Sea located-in Saudi Arabia"},
        {"The Mexican government condemned the incursion of Ecuadorian police into the Mexican "
         "embassy in Quito.",
         "Ecuador deploys-to Mexico"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"Chad, Niger and Mali restored relations with Algeria.", "Algeria cooperates-with Niger"},
        {"Ethiopian Airlines signed a deal with Boeing, its CEO Mesfin Tasew said.",
         "Mesfin Tasew leads Ethiopian Airlines"},
        {"Costa Rica Football Federation President Osael Maroto spoke.",
         "Osael Maroto leads Costa Rica Football Federation"},
        {"Qatar has given Gaza money, with Israel's consent.", "Qatar supplies Gaza"},
        {"Belize is one of the few countries that recognise Taiwan, and its Prime Minister Juan "
         "Ortega visited Taipei.",
         "Juan Ortega leads Belize"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheThirteenthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        // A complaint lodged with a body is not against it.
        {"Sudan complained to the UN about Chad's border policy.",
         "Sudan criticizes United Nations"},
        // Forces at a border are not in the country beyond it.
        {"Russian troops arrived at the Finnish border.", "Russia deploys-to Finland"},
        // A claim called false, a fabrication, unverified reports, a supposition.
        {"A viral post falsely claimed that Japan deployed troops to Taiwan.",
         "Japan deploys-to Taiwan"},
        {"The claim that Serbia armed Armenia is a fabrication, Belgrade said.",
         "Serbia supplies Armenia"},
        {"Unverified reports say Iran moved troops to the Iraqi border.", "Iran deploys-to Iraq"},
        {"If confirmed, the deployment of Chinese troops to Cuba would be a first.",
         "China deploys-to Cuba"},
        // A country's rebels do not act for it.
        {"Libyan rebels, backed by Egypt, took Sirte.", "Egypt supports Libya"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"Vietnam has complained to China about the patrols.", "Vietnam criticizes China"},
        {"The troops sent by Rwanda arrived in Mozambique by plane.",
         "Rwanda deploys-to Mozambique"},
        {"Houthi rebels attacked Israel.", "Houthis fights Israel"},
        {"Meloni urged her Tunisian counterpart Kais Saied to stop the boats.",
         "Giorgia Meloni urges Kais Saied"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheTwelfthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        // A claim the sentence calls false, a rumour, a report that stops short.
        {"Reports that Serbia had sold mortar rounds to Ukraine were false, Belgrade said.",
         "Serbia supplies Ukraine"},
        {"Rumours that Algeria had bought Russian jets spread, but Algiers never confirmed them.",
         "Russia supplies Algeria"},
        {"The panel stops short of accusing Uganda of sending troops to South Sudan.",
         "Uganda deploys-to South Sudan"},
        // A quoted question that the quote goes on past.
        {"\"Is Ghana backing ECOWAS? Not at all,\" the minister said.",
         "Ghana supports ECOWAS"},
        // A condition.
        {"\"If Ethiopia attacks Eritrea, Egypt will act,\" an official said.",
         "Ethiopia fights Eritrea"},
        // Private people and firms a country's name only places.
        {"Norway sanctioned four Israeli settlers for attacks on farmers.",
         "Norway sanctions Israel"},
        {"The US sanctioned a Turkey-based firm accused of shipping drones.",
         "United States sanctions Turkey"},
        {"Prosecutors say a Chinese national supplied Iran with gyroscopes.",
         "China supplies Iran"},
        {"Canada sanctioned Haitian gang leaders.", "Canada sanctions Haiti"},
        // A delegation travels; forces deploy.
        {"A Hamas delegation arrived in Doha for talks.", "Hamas deploys-to Qatar"},
        // A place's name before a word and a conference's head is the conference's.
        {"Josep Borrell now chairs the Geneva Security Forum.", "Josep Borrell leads Geneva"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"Reports that Serbia had sold mortar rounds to Ukraine were confirmed by Belgrade.",
         "Serbia supplies Ukraine"},
        {"About 300 Kenyan police officers arrived in Haiti on Friday.", "Kenya deploys-to Haiti"},
        {"The Chinese national army attacked Vietnam.", "China fights Vietnam"},
        {"Ethiopia attacked Eritrea, an official said.", "Ethiopia fights Eritrea"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheEleventhReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        {"Fans cheered the final between Carlos Alcaraz, Spain, and Jannik Sinner, Italy.",
         "Carlos Alcaraz located-in Spain"},
        {"The deal between Sinohydro, China, and the government was signed.",
         "Sinohydro located-in China"},
        {"They met in Savannah, Georgia, on Monday.", "Savannah located-in Georgia"},
        {"After the strikes on Lviv and Lutsk, Poland, Romania and Moldova condemned Russia.",
         "Lutsk located-in Poland"},
        {"Relatives of Evan Gershkovich urged Russia to free him.",
         "Evan Gershkovich urges Russia"},
        {"Ukraine's bid to join NATO is openly backed by Poland.", "Poland supports NATO"},
        {"Kyiv's claim is supported by British intelligence.", "United Kingdom supports Ukraine"},
        {"Guterres warned on the sidelines of the G20 summit of a debt crisis.",
         "Antonio Guterres warns-of G20"},
        {"Blinken warned on behalf of NATO allies of Chinese spying.",
         "Antony Blinken warns-of NATO"},
        {"Russia's opposition leaders urged the European Union to act.",
         "Russia urges European Union"},
        {"Syria's rebel fighters attacked Russian positions.", "Syria fights Russia"},
        {"NATO designated Mark Rutte its next secretary-general.", "NATO sanctions Mark Rutte"},
        {"Gwadar, China's flagship port, handled little cargo.", "Gwadar located-in China"},
        {"Israel struck the forces of Iran's proxies in Syria.", "Israel fights Iran"},
        {"Ukraine attacked the forces of the Russian-backed separatists.",
         "Ukraine fights Russia"},
        {"Trade between Paso de los Toros and Montevideo grew.",
         "Paso de los Toros cooperates-with Uruguay"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"Turkey condemned the strike that killed 12 civilians and urged Israel to stop.",
         "Turkey urges Israel"},
        {"US - China talks in Geneva ended with a tariff truce.", "China meets-with United States"},
        {"North Korea supplied shells to Russian soldiers.", "North Korea supplies Russia"},
        {"Germany released a further $2.5 billion in aid for Ukraine.",
         "Germany supplies Ukraine"},
        {"Buses donated by India to Sri Lanka arrived.", "India supplies Sri Lanka"},
        {"Oil imports into China from Iran were 1.5 million barrels a day.",
         "Iran supplies China"},
        {"The bridge between Ipiales, Colombia, and Tulcan, Ecuador, reopened.",
         "Tulcan located-in Ecuador"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheTenthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        {"Russia sent troops to Kursk, in Ukraine's sights since August.",
         "Kursk located-in Ukraine"},
        {"Russia sent troops to Kursk, in Ukraine's sights since August.",
         "Russia deploys-to Ukraine"},
        {"Kinmen, in China's shadow, votes on Saturday.", "Kinmen located-in China"},
        {"The ultimatum delivered by ECOWAS to Niger's junta expired.", "ECOWAS supplies Niger"},
        {"Egypt extended condolences and support to Turkey.", "Egypt supplies Turkey"},
        {"Hungary gave its approval to the EUR 50 billion package for Ukraine.",
         "Hungary supplies Ukraine"},
        {"A ban on imports into the EU from Russia took effect.",
         "Russia supplies European Union"},
        {"Imports to Russia from the EU were banned in 2014.", "European Union supplies Russia"},
        {"The EU has given Greece more time to repay its loans.", "European Union supplies Greece"},
        {"UNHCR distributed cash to Afghan refugees in Pakistan.", "UNHCR supplies Afghanistan"},
        {"Saudi Arabia gave $100 million to refugees in Sudan's neighbours.",
         "Saudi Arabia supplies Sudan"},
        {"ROME - The World Food Programme distributed food to 2 million people in Haiti.",
         "Italy supplies Haiti"},
        {"Talks last month between Iran and the United States were cancelled at the last minute.",
         "Iran meets-with United States"},
        {"Talks last month between Japan and China? Not quite: the ministers exchanged letters.",
         "China meets-with Japan"},
        {"Members of NATO, together with Japan and Australia, condemned the launch.",
         "Japan member-of NATO"},
        {"Israel struck Yemen jointly with the United States.",
         "United States cooperates-with Yemen"},
        {"In the worst case, Iran closes the Strait of Hormuz and attacks Saudi Arabia.",
         "Iran fights Saudi Arabia"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"The conference took place in Davos, in Switzerland's Graubunden canton.",
         "Davos located-in Switzerland"},
        {"The United States sent Marines to Darwin, in Australia's Northern Territory.",
         "Darwin located-in Northern Territory"},
        {"Germany has given Ukraine $30 billion in military aid since 2022.",
         "Germany supplies Ukraine"},
        {"Saudi Arabia extended $3 billion in credit and support to Pakistan in 2021.",
         "Saudi Arabia supplies Pakistan"},
        {"The Gulf states gave $10 million, against $50 million given by Japan to Turkey.",
         "Japan supplies Turkey"},
        {"BRUSSELS - The European Commission today released EUR 20 million in humanitarian "
         "funding for Sudan.",
         "European Commission supplies Sudan"},
        {"Ghana and Togo are both members of ECOWAS, together with Benin.",
         "Benin member-of ECOWAS"},
        {"In May 2006, Argentina took Uruguay to court, accusing Montevideo of bad faith.",
         "Argentina criticizes Uruguay"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheNinthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        {"Penny Wong met Wang Yi in Canberra. And she urged China to release Yang Hengjun.",
         "Wang Yi urges China"},
        {"Thailand said joint drills held by the United States and Thailand would resume next "
         "year.",
         "Thailand cooperates-with United States"},
        {"Pakistan, a former ally of the Taliban, hosted talks.", "Pakistan allied-with Taliban"},
        {"French and British troops fought alongside each other against Germany.",
         "France fights United Kingdom"},
        {"Beijing's actions pose a threat to the stability of the Taiwan Strait.",
         "China threatens Taiwan Strait"},
        {"Narva and Ivangorod, two towns of Estonia and Russia facing each other, are linked.",
         "Ivangorod located-in Estonia"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"Cables between Gotland in Sweden and Latvia were damaged.", "Gotland located-in Sweden"},
        {"Floods swept Goma in Congo and Kigali in Rwanda.",
         "Goma located-in Democratic Republic of the Congo"},
        {"The EU launched the Eastern Partnership with Ukraine, Georgia and Moldova in 2009.",
         "European Union cooperates-with Ukraine"},
        {"French and British troops fought alongside each other against Germany.",
         "France fights Germany"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, ARiskOrAQuarrelIsNoFight) {
    EXPECT_TRUE(facts("Warsaw warned of the risk of an incursion of Belarusian troops into Poland.")
                    .empty());
    EXPECT_TRUE(facts("Officials spoke of the danger of a Russian invasion of Estonia.").empty());
    EXPECT_TRUE(facts("Serbia and Kosovo clashed over border crossings.").empty());
    EXPECT_TRUE(facts("France and Germany clash over the budget every year.").empty());
    EXPECT_TRUE(facts("Armenia and Azerbaijan clashed along the border.")
                    .contains("Armenia fights Azerbaijan"));
    EXPECT_TRUE(facts("Armenia and Azerbaijan fought over Nagorno-Karabakh.")
                    .contains("Armenia fights Azerbaijan"));
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheEighthReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        {"China and Taiwan held rival drills in the Taiwan Strait in May.",
         "China cooperates-with Taiwan"},
        {"Japan and South Korea held separate drills with the United States this week.",
         "Japan cooperates-with South Korea"},
        {"Israel and Turkey, whose trade has collapsed since 2024, traded barbs.",
         "Israel cooperates-with Turkey"},
        {"Iran, in the absence of cooperation with the IAEA, expanded enrichment.",
         "IAEA cooperates-with Iran"},
        {"Odesa is part of Russia's war aims.", "Odesa located-in Russia"},
        {"Kaliningrad was part of Germany until 1945.", "Kaliningrad located-in Germany"},
        {"Russia and its allies, Ukraine argues, are testing NATO's resolve.",
         "Russia allied-with Ukraine"},
        {"Washington sent its troops home and its aid to Kyiv.",
         "United States deploys-to Ukraine"},
        {"Iranian vessels sailed to Venezuela with gasoline in 2020.", "Iran deploys-to Venezuela"},
        {"Iran sent military advisers to Gaza in the Israel-Hamas war.", "Iran deploys-to Israel"},
        {"They fought alongside the Syrian Democratic Forces against Turkish-backed militias.",
         "Syrian Democratic Forces fights Turkey"},
        {"Ankara courted the European Union, the bloc of which Turkey has been a candidate "
         "member since 1999.",
         "Turkey member-of European Union"},
        {"London left the European Union, the bloc of which Britain was a member until 2020.",
         "United Kingdom member-of European Union"},
        {"Narva and Ivangorod, two towns of Estonia and Russia facing each other, are linked.",
         "Narva located-in Russia"},
        {"Russian missiles hit Ukrenergo and Kryvyi Rih, a city in central Ukraine.",
         "Ukrenergo located-in Ukraine"},
        {"Russia and Ukraine talk up their drone output.", "Russia meets-with Ukraine"},
        {"The Ethiopian army's former ally Eritrea stayed silent.", "Eritrea allied-with Ethiopia"},
        {"Boko Haram and its rival, ISWAP, have attacked army bases in Borno state.",
         "Boko Haram deploys-to Borno"},
        {"Kirill Dmitriev, head of Russia's sovereign wealth fund, met Steve Witkoff.",
         "Kirill Dmitriev leads Russia"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"The EU sanctioned Belarus, Russia's closest ally, and Chinese firms that supply Moscow.",
         "European Union sanctions China"},
        {"Israel's Northern Command ordered strikes on Hezbollah in Lebanon.",
         "Israel fights Hezbollah"},
        {"Russia and North Korea signed a pact in June 2024 that pledges mutual military "
         "assistance.",
         "North Korea allied-with Russia"},
        {"China and Russia held joint naval drills in the Sea of Japan.",
         "China cooperates-with Russia"},
        {"Uganda later sent troops and helicopter gunships to South Sudan.",
         "Uganda deploys-to South Sudan"},
        {"Chinese coast guard ships have repeatedly sailed into the North Natuna Sea.",
         "China deploys-to North Natuna Sea"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, GivesNoneOfTheWrongFactsTheSeventhReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        {"The IMF led a mission to Pakistan in May.", "IMF deploys-to Pakistan"},
        {"The Security Council met after Iran attacked Israel, calling it a reckless "
         "escalation.",
         "UN Security Council criticizes Israel"},
        {"Seoul said Pyongyang fired a missile toward Japan, condemning it as a grave "
         "provocation.",
         "South Korea criticizes Japan"},
        {"Iran confirmed its offer to send drones to Russia and supply missiles to Sudan.",
         "Iran supplies Sudan"},
        {"The Houthis, a rebel group of Yemen, attacked ships.", "Yemen member-of Houthis"},
        {"Macron called Ukraine a victim of aggression.", "Emmanuel Macron criticizes Ukraine"},
        {"Lavrov sat down for an interview with Tucker Carlson.",
         "Sergei Lavrov meets-with Tucker Carlson"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"Russia sanctioned Britain, Canada and Australia, Moscow said.",
         "Russia sanctions Australia"},
        {"Turkey deployed drones to Baledogle in Somalia.", "Baledogle located-in Somalia"},
        {"Japanese Prime Minister Shigeru Ishiba said his country has provided aid to Ukraine.",
         "Japan supplies Ukraine"},
        {"The Kremlin said NATO enlargement poses a threat to Russia.", "NATO threatens Russia"},
        {"Russia held naval exercises with Iranian warships in the Gulf of Oman.",
         "Iran cooperates-with Russia"},
        {"Moscow didn't respond when Israel bombed Syria.", "Israel fights Syria"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

TEST(Extractor, AnAllyIsNoBacker) {
    const auto found = facts("Honduras is a close ally of Guinea.");
    EXPECT_FALSE(found.contains("Honduras supports Guinea"));
    EXPECT_EQ(found.size(), 1U);
}

TEST(Extractor, AMidSentenceHeIsThePersonNamedBeforeIt) {
    EXPECT_TRUE(facts("President Amadou Sangare ended the agreement, and in a speech last "
                      "week he accused Paris of neglect.")
                    .contains("Amadou Sangare criticizes France"));
    // Two people before it: nobody.
    EXPECT_TRUE(facts("Vladimir Putin met Kim Jong Un, and then he accused Seoul of lying.")
                    .count("Vladimir Putin criticizes South Korea") == 0);
}

TEST(Extractor, ANameAfterAWordForABodyIsAnOrganization) {
    EXPECT_TRUE(entities("The EU blacklisted the Belarusian state airline Belavia.")
                    .contains("Belavia:organization"));
    // A hyphen inside a word opens no clause: "near-Arctic" is no subject.
    EXPECT_TRUE(facts("China calls itself a near-Arctic state and has cooperated with Russia.")
                    .count("Arctic cooperates-with Russia") == 0);
}

TEST(Extractor, ANameBesideAPlaceNounIsAPlace) {
    EXPECT_TRUE(entities("Rebels captured the town of Bunagana on Monday.")
                    .contains("Bunagana:location"));
    EXPECT_TRUE(entities("They fled to Bunagana, a border town in the east.")
                    .contains("Bunagana:location"));
    // The first word of a known name is not a place of its own.
    EXPECT_EQ(entities("Fighting raged in the capital of East Darfur."),
              (std::set<std::string>{"Darfur:location"}));
}

TEST(Extractor, GivesTheCanonicalNameOfAnyAlias) {
    EXPECT_EQ(extractor().canonical_name("DPRK"), "North Korea");
    EXPECT_EQ(extractor().canonical_name("the Kremlin"), "Russia");
    EXPECT_EQ(extractor().canonical_name("north korean"), "North Korea");
    EXPECT_FALSE(extractor().canonical_name("Atlantis"));
    EXPECT_FALSE(extractor().canonical_name(""));
}

TEST(Extractor, ANameDoesNotRunAcrossALineBreak) {
    for (const std::string text :
         {"The Battle Summary of\nJuly: the Zorgon Liberation Front moved.",
          "The Battle Summary\nIn July the Zorgon Liberation Front moved."}) {
        const auto names = entities(text);
        EXPECT_TRUE(names.contains("Zorgon Liberation Front:organization")) << text;
        for (const auto& name : names) {
            EXPECT_EQ(name.find('\n'), std::string::npos) << name;
        }
    }
    EXPECT_TRUE(entities("The Battle Summary of\nJuly: the Zorgon Liberation Front moved.")
                    .contains("Battle Summary:other"));
}

TEST(Extractor, HeadlineCapitalsDoNotMakeEntities) {
    const auto names = entities("Unprecedented Military Alliance Threatens Western Interests");
    EXPECT_TRUE(names.empty()) << *names.begin();
    EXPECT_EQ(entities("NATO CHIEF WARNS OF RUSSIAN THREAT TO EUROPE AND US"),
              (std::set<std::string>{"NATO:organization", "Russia:country", "Europe:location",
                                     "United States:country"}));
    // Sentence-initial capitals are not names; a real name there is.
    EXPECT_EQ(entities("Approximately ten officials met. Lloyd Austin spoke."),
              (std::set<std::string>{"Lloyd Austin:person"}));
}

TEST(Extractor, RecordsSentenceRuleAndPosition) {
    const auto doc = run("Nothing here. Russia's war against Ukraine goes on.\nSecond line.");
    ASSERT_EQ(doc.facts.size(), 1U);
    const FactRecord& fact = doc.facts[0];
    EXPECT_EQ(fact.sentence, "Russia's war against Ukraine goes on.");
    EXPECT_EQ(fact.sentence_index, 1U);
    EXPECT_EQ(fact.sentence_offset, 14U);
    EXPECT_EQ(fact.rule, "fight.war");
}

TEST(Extractor, SymmetricFactsComeInCanonicalOrder) {
    const auto doc = run("Russia and North Korea signed a trade agreement.");
    ASSERT_EQ(doc.facts.size(), 1U);
    EXPECT_EQ(key(doc.facts[0]), "North Korea cooperates-with Russia");
}

TEST(Extractor, AUserLexiconAddsEntitiesAndRules) {
    test::TempDir dir;
    dir.write("entities/extra.tsv",
              "# a made-up country\nRuritania\tcountry\tKingdom of Ruritania\tRuritanian\tStrelsau\n");
    dir.write("words.tsv", "&GRUMBLE\tgrumble+\n");
    dir.write("rules.tsv", "criticize.grumble\tcriticizes\tS &AUX* &GRUMBLE at the? O\n");
    const Extractor custom({dir.path()});
    const std::string text = "Strelsau grumbled at Russia over the talks.";
    EXPECT_TRUE(facts(text).empty());
    EXPECT_EQ(facts(text, custom), (std::set<std::string>{"Ruritania criticizes Russia"}));
    const auto doc = run(text, custom);
    ASSERT_EQ(doc.facts.size(), 1U);
    EXPECT_EQ(doc.facts[0].rule, "criticize.grumble");
    EXPECT_GT(custom.rule_count(), 0U);
    EXPECT_EQ(custom.entity_count(), extractor().entity_count() + 1);
}

TEST(Extractor, ANotElementRefusesAWordAndTakesNone) {
    test::TempDir dir;
    dir.write("rules.tsv", "criticize.scold\tcriticizes\tS scolded O !&HEDGE|gently\n");
    const Extractor custom({dir.path()});
    EXPECT_EQ(facts("France scolded Italy.", custom),
              (std::set<std::string>{"France criticizes Italy"}));
    EXPECT_EQ(facts("France scolded Italy over the budget.", custom),
              (std::set<std::string>{"France criticizes Italy"}));
    EXPECT_TRUE(facts("France scolded Italy gently.", custom).empty());
    EXPECT_TRUE(facts("France scolded Italy would be wrong.", custom).empty());
}

TEST(Extractor, ABareTitleBelongsToTheBodyTheLexiconGivesItsHolder) {
    // No country in the sentence: entities/people.tsv gives Donald Trump's part_of, and the
    // text names it later.
    const auto doc = run("President Donald Trump arrived in Doha on Tuesday. Qatar welcomed "
                         "the delegation from the United States.");
    ASSERT_EQ(doc.facts.size(), 1U);
    EXPECT_EQ(doc.facts[0].subject, "Donald Trump");
    EXPECT_EQ(to_string(doc.facts[0].relation), "leads");
    EXPECT_EQ(doc.facts[0].object, "United States");
    EXPECT_EQ(doc.facts[0].rule, "title:President (people.tsv)");
    EXPECT_EQ(doc.facts[0].sentence, "President Donald Trump arrived in Doha on Tuesday.");
    // A text that never names the country states nothing about it.
    EXPECT_TRUE(facts("President Donald Trump arrived in Doha on Tuesday.").empty());
    // One name in the sentence is enough, for an organization's title too.
    EXPECT_TRUE(facts("Secretary-General Mark Rutte called on allies to spend more. NATO met.")
                    .contains("Mark Rutte leads NATO"));
    // The title must fit the kind of body: a prime minister leads a country, not NATO.
    EXPECT_TRUE(facts("Prime Minister Mark Rutte spoke to NATO envoys.")
                    .count("Mark Rutte leads NATO") == 0);
    // A country before the title wins over the lexicon.
    EXPECT_EQ(facts("Dutch Prime Minister Mark Rutte spoke to reporters."),
              (std::set<std::string>{"Mark Rutte leads Netherlands"}));
    // A person the lexicon does not know gets nothing from it.
    EXPECT_TRUE(facts("President Amadou Sangare arrived in Doha, Qatar.")
                    .count("Amadou Sangare leads Qatar") == 0);
}

TEST(Extractor, ARuleThatReadsTheTextWinsOverTheLexiconsHome) {
    const auto doc = run("Hungary, led by Prime Minister Viktor Orban, blocked the vote.");
    ASSERT_EQ(doc.facts.size(), 1U);
    EXPECT_EQ(doc.facts[0].subject, "Viktor Orbán");
    EXPECT_EQ(doc.facts[0].object, "Hungary");
    EXPECT_EQ(doc.facts[0].rule.find("title:"), std::string::npos) << doc.facts[0].rule;
}

TEST(Extractor, AFormerTitleStatesNothing) {
    EXPECT_TRUE(facts("Former US President Joe Biden met Zelensky in Kyiv.")
                    .count("Joe Biden leads United States") == 0);
    EXPECT_TRUE(facts("Colombia's former president, Ivan Duque, spoke.").empty());
    EXPECT_TRUE(facts("Former President Joe Biden spoke in Kyiv.").empty());
    EXPECT_TRUE(facts("Russia's former Prime Minister Dmitry Medvedev warned NATO.")
                    .count("Dmitry Medvedev leads Russia") == 0);
    EXPECT_TRUE(facts("Ex-President Joe Biden spoke in Kyiv.").empty());
    // Nor does a later "the president" resolve to a former one.
    EXPECT_TRUE(facts("Former President Joe Biden spoke. The president criticized China.")
                    .empty());
}

TEST(Extractor, AUserRuleWithAnExistingIdReplacesIt) {
    test::TempDir dir;
    dir.write("rules.tsv", "fight.war\tthreatens\tS 's ~2 &WAR against|on|of|in the? O\n");
    const Extractor custom({dir.path()});
    EXPECT_EQ(facts("Russia's war against Ukraine.", custom),
              (std::set<std::string>{"Russia threatens Ukraine"}));
    EXPECT_EQ(custom.rule_count(), extractor().rule_count());
}

// A slot's mark asks more of its names than their type, in a user's rule as in the built-in ones.
TEST(Extractor, SlotMarksInAUsersRules) {
    test::TempDir dir;
    dir.write("rules.tsv",
              "my.between\tlocated-in\tS:location , a town wedged between O:country@each ,\n"
              "my.between-one\tlocated-in\tS:location , a village squeezed between O:country ,\n"
              "my.chief\tleads\tS:person@titled , who steers O:organization\n"
              "my.cheer\tsupports\tS:country cheered the O:country@short campaign\n");
    const Extractor custom({dir.path()});
    // Each country of the list holds the place only where the rule says so.
    EXPECT_TRUE(facts("Arlit, a town wedged between Niger and Algeria, is quiet.", custom)
                    .contains("Arlit located-in Algeria"));
    const auto one =
        facts("Arlit, a village squeezed between Niger and Algeria, is quiet.", custom);
    EXPECT_FALSE(one.contains("Arlit located-in Niger"));
    EXPECT_FALSE(one.contains("Arlit located-in Algeria"));
    // A person named with an office held now, not a bare name.
    EXPECT_TRUE(facts("President Samia Suluhu Hassan, who steers SADC, spoke.", custom)
                    .contains("Samia Suluhu Hassan leads SADC"));
    EXPECT_FALSE(facts("Samia Suluhu Hassan, who steers SADC, spoke.", custom)
                     .contains("Samia Suluhu Hassan leads SADC"));
    // A name written short, not a country's full name.
    EXPECT_TRUE(
        facts("Poland cheered the US campaign.", custom).contains("Poland supports United States"));
    EXPECT_FALSE(facts("Poland cheered the Venezuela campaign.", custom)
                     .contains("Poland supports Venezuela"));
}

std::string lexicon_error(const std::string& file, const std::string& contents) {
    test::TempDir dir;
    dir.write(file, contents);
    try {
        const Extractor custom({dir.path()});
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(Extractor, BadLexiconFilesAreErrorsNamingFileAndLine) {
    auto message = lexicon_error("entities/x.tsv", "# c\nAtlantis\tcontinent\n");
    EXPECT_NE(message.find("entities/x.tsv:2"), std::string::npos) << message;
    EXPECT_NE(message.find("continent"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tattacks\tS &ATTACK O\n");
    EXPECT_NE(message.find("rules.tsv:1"), std::string::npos) << message;
    EXPECT_NE(message.find("unknown relation"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tfights\tS &NO_SUCH_CLASS O\n");
    EXPECT_NE(message.find("&NO_SUCH_CLASS"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tfights\tS attacked\n");
    EXPECT_NE(message.find("one S and one O"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tfights\tS ~20 O\n");
    EXPECT_NE(message.find("gap"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tfights\t!not S attacked O\n");
    EXPECT_NE(message.find("start with a slot"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tfights\tS attacked O !again?\n");
    EXPECT_NE(message.find("'!' cannot be optional"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tmember-of\tO , a pact between S{1}\n");
    EXPECT_NE(message.find("fewest names"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tmember-of\tO , a pact between S:country{12}\n");
    EXPECT_NE(message.find("fewest names"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tfights\tN S attacked O\n");
    EXPECT_NE(message.find("start with a slot"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tfights\tS attacked N:planet O\n");
    EXPECT_NE(message.find("unknown entity type 'planet'"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tlocated-in\tS lies in O:country@both\n");
    EXPECT_NE(message.find("unknown slot mark '@both'"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tfights\tS attacked O@each\n");
    EXPECT_NE(message.find("object of a located-in rule"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tsupports\tS@short backed O\n");
    EXPECT_NE(message.find("@short marks the object"), std::string::npos) << message;
    message = lexicon_error("rules.tsv", "r1\tleads\tS:person heads O:country@titled\n");
    EXPECT_NE(message.find("may hold a person"), std::string::npos) << message;
    // An id twice in one file is a mistake (another file's replaces, as a user's does).
    message = lexicon_error("rules.tsv", "r1\tfights\tS attacked O\nr1\tfights\tS shelled O\n");
    EXPECT_NE(message.find("rules.tsv:2"), std::string::npos) << message;
    EXPECT_NE(message.find("used twice"), std::string::npos) << message;
    message = lexicon_error("titles.tsv", "Grand Vizier\trules\n");
    EXPECT_NE(message.find("titles.tsv:1"), std::string::npos) << message;
    message = lexicon_error("titles.tsv", "# c\nGrand Vizier\tleads\tempire\n");
    EXPECT_NE(message.find("titles.tsv:2"), std::string::npos) << message;
    EXPECT_NE(message.find("unknown home 'empire'"), std::string::npos) << message;
    EXPECT_FALSE(lexicon_error("nothing.txt", "x").empty());
}

// The seed article in ../shared, when present: the facts and entities it must give, and no
// fact that its gold (data/eval/gold.tsv) does not list.
class SeedArticle : public ::testing::Test {
protected:
    void SetUp() override {
        const auto path = test::seed_article();
        if (!path) {
            GTEST_SKIP() << "seed article not found beside the checkout (../shared/corpus/seed/)";
        }
        doc_ = extractor().extract(read_document(path->string(), test::read_file(*path)));
    }

    bool has_fact(const std::string& subject, const std::string& relation,
                  const std::string& object) const {
        return std::any_of(doc_.facts.begin(), doc_.facts.end(), [&](const FactRecord& f) {
            return f.subject == subject && to_string(f.relation) == relation &&
                   f.object == object && !f.sentence.empty() && !f.rule.empty();
        });
    }

    ExtractedDocument doc_;
};

TEST_F(SeedArticle, FindsTheEntitiesWithTheirTypes) {
    const std::map<std::string, std::string> expected{
        {"Russia", "country"},       {"North Korea", "country"},   {"NATO", "organization"},
        {"Mark Rutte", "person"},    {"United States", "country"}, {"China", "country"},
        {"Iran", "country"},         {"Ukraine", "country"},       {"Kursk", "location"}};
    for (const auto& [name, type] : expected) {
        const auto it = std::find_if(doc_.entities.begin(), doc_.entities.end(),
                                     [&](const EntityRecord& e) { return e.name == name; });
        ASSERT_NE(it, doc_.entities.end()) << name;
        EXPECT_EQ(to_string(it->type), type) << name;
    }
}

// "U.S.", "US", "American" and "North Korean" as the seed writes them, each read in the line
// that holds it.
TEST_F(SeedArticle, ResolvesAliasesAndDemonymsAsWritten) {
    const std::string text = test::read_file(*test::seed_article());
    const auto line_with = [&](const std::string& needle) {
        const auto at = text.find(needle);
        EXPECT_NE(at, std::string::npos) << needle;
        const auto begin = text.rfind('\n', at) + 1;
        return text.substr(begin, text.find('\n', at) - begin);
    };
    const std::vector<std::pair<std::string, std::string>> cases{
        {"U.S. influence", "United States"},
        {"US Security", "United States"},
        {"American security", "United States"},
        {"North Korean soldiers", "North Korea"},
        {"Russia\u2019s Kursk", "Russia"}};
    for (const auto& [needle, entity] : cases) {
        const auto names = entities(line_with(needle));
        EXPECT_TRUE(names.contains(entity + ":country")) << needle;
    }
}

TEST_F(SeedArticle, FindsTheRequiredFactsWithEvidence) {
    EXPECT_TRUE(has_fact("North Korea", "deploys-to", "Russia"));
    EXPECT_TRUE(has_fact("North Korea", "deploys-to", "Kursk"));
    EXPECT_TRUE(has_fact("Kursk", "located-in", "Russia"));
    EXPECT_TRUE(has_fact("Mark Rutte", "warns-of", "Russia"));
    EXPECT_TRUE(has_fact("Mark Rutte", "warns-of", "North Korea"));
    EXPECT_TRUE(has_fact("North Korea", "exchanges-tech-with", "Russia"));
    EXPECT_TRUE(has_fact("Mark Rutte", "leads", "NATO"));
}

TEST_F(SeedArticle, TheWarningComesFromTheSentenceNamingNatosChief) {
    const auto it = std::find_if(doc_.facts.begin(), doc_.facts.end(), [](const FactRecord& f) {
        return f.subject == "Mark Rutte" && f.relation == Relation::kWarnsOf;
    });
    ASSERT_NE(it, doc_.facts.end());
    EXPECT_NE(it->sentence.find("NATO\u2019s chief warns"), std::string::npos) << it->sentence;
}

TEST_F(SeedArticle, EveryFactIsInTheGold) {
    std::set<std::string> gold;
    std::istringstream in(test::read_file(test::source_dir() / "data/eval/gold.tsv"));
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string doc, subject, relation, object;
        std::getline(fields, doc, '\t');
        std::getline(fields, subject, '\t');
        std::getline(fields, relation, '\t');
        std::getline(fields, object, '\t');
        if (doc == "russia-north-korea-alliance") {
            gold.insert(subject + " " + relation + " " + object);
            const auto r = parse_relation(relation);
            if (r && is_symmetric(*r)) {
                gold.insert(object + " " + relation + " " + subject);
            }
        }
    }
    ASSERT_FALSE(gold.empty());
    for (const auto& f : doc_.facts) {
        EXPECT_TRUE(gold.contains(key(f))) << key(f) << " from: " << f.sentence;
    }
}

TEST(Extractor, AnAppositionStatesItsFactUnderANegatedClause) {
    // "No talks ... are planned" negates the talks, not who rules Mali.
    EXPECT_EQ(facts("No talks with Colonel Assimi Goita, Mali's military ruler, are planned."),
              (std::set<std::string>{"Assimi Goita leads Mali"}));
    // A description through "the country" or "the group" is of the one named before.
    EXPECT_TRUE(facts("Chile: Gabriel Boric, the country's president, condemned the raid.")
                    .contains("Gabriel Boric leads Chile"));
    EXPECT_TRUE(facts("The Houthis fired again on Tuesday. Abdul-Malik al-Houthi, the group's "
                      "leader, promised more attacks.")
                    .contains("Abdul-Malik al-Houthi leads Houthis"));
}

TEST(Extractor, NewsFormsOfLeadingMembershipAndPlace) {
    EXPECT_TRUE(facts("Armenia has frozen its part in the Russian-led Collective Security Treaty "
                      "Organization.")
                    .contains("Russia leads CSTO"));
    EXPECT_TRUE(facts("Dagalo commands the Rapid Support Forces.")
                    .contains("Mohamed Hamdan Dagalo leads Rapid Support Forces"));
    // An aside that says what else a name is known as is read past.
    EXPECT_TRUE(facts("Dagalo, better known as Hemedti, commands the Rapid Support Forces.")
                    .contains("Mohamed Hamdan Dagalo leads Rapid Support Forces"));
    EXPECT_EQ(facts("AUKUS, whose members, Australia, Britain and the United States, plan to "
                    "build submarines, met in Canberra."),
              (std::set<std::string>{"Australia member-of AUKUS", "United Kingdom member-of AUKUS",
                                     "United States member-of AUKUS"}));
    EXPECT_TRUE(facts("The Association of Southeast Asian Nations admits Timor-Leste as 11th "
                      "member.")
                    .contains("Timor-Leste member-of ASEAN"));
    EXPECT_EQ(facts("Crimea, a peninsula internationally recognised as part of Ukraine, was "
                    "annexed in 2014."),
              (std::set<std::string>{"Crimea located-in Ukraine"}));
    EXPECT_EQ(facts("Syunik, the mountainous Armenian province, borders Iran."),
              (std::set<std::string>{"Syunik located-in Armenia"}));
    // What is claimed of a place is not where it is.
    EXPECT_FALSE(facts("Essequibo, a region claimed as part of Venezuela, is rich in oil.")
                     .contains("Essequibo located-in Venezuela"));
}

TEST(Extractor, ClaimsQuotesAndParticiplesAroundAFact) {
    // Whose claim a relative clause is: it is still stated.
    EXPECT_TRUE(facts("Hamas, which Israel says is funded by Iran, rejected the offer.")
                    .contains("Iran supports Hamas"));
    // A short quoted phrase is read as words.
    EXPECT_TRUE(facts("Modi warned of \"nuclear blackmail\" by Pakistan.")
                    .contains("Narendra Modi warns-of Pakistan"));
    EXPECT_TRUE(facts("India pressed on, firing missiles at nine sites in Pakistan.")
                    .contains("India fights Pakistan"));
    EXPECT_EQ(facts("The Danish jets sent to Lithuania in March patrolled the border."),
              (std::set<std::string>{"Denmark deploys-to Lithuania"}));
    EXPECT_EQ(facts("Moscow evades the sanctions that the European Union has imposed on Russian "
                    "oil."),
              (std::set<std::string>{"European Union sanctions Russia"}));
}

TEST(Extractor, WhoIsMeantAcrossClausesAndSentences) {
    // A comma and "and" after a reported clause go back to the sentence's subject.
    EXPECT_TRUE(facts("Washington concluded in January that the RSF committed genocide, and "
                      "imposed sanctions on Dagalo himself.")
                    .contains("United States sanctions Mohamed Hamdan Dagalo"));
    EXPECT_FALSE(facts("Washington concluded in January that the RSF committed genocide, and "
                       "imposed sanctions on Dagalo himself.")
                     .contains("Rapid Support Forces sanctions Mohamed Hamdan Dagalo"));
    // "Its leader, X," is the body the sentence before is about.
    EXPECT_TRUE(facts("Myanmar's military government sent only a civil servant. Its leader, "
                      "Senior General Min Aung Hlaing, stayed at home.")
                    .contains("Min Aung Hlaing leads Myanmar"));
    EXPECT_TRUE(facts("No word came from Hezbollah itself. Its leader, Naim Qassem, will speak "
                      "later.")
                    .contains("Naim Qassem leads Hezbollah"));
    // Both governments a titled person pressed are the others, not his own.
    const auto pressed = facts(
        "Thai Prime Minister Anutin Charnvirakul and Cambodian Prime Minister Hun Manet signed "
        "the accord before US President Donald Trump, who had pressed both governments to halt "
        "the fighting.");
    EXPECT_TRUE(pressed.contains("Donald Trump urges Thailand"));
    EXPECT_TRUE(pressed.contains("Donald Trump urges Cambodia"));
    EXPECT_FALSE(pressed.contains("Donald Trump urges United States"));
    // "he" after a phrase of time that names no one is the person named just before.
    EXPECT_TRUE(facts("Abdul-Malik al-Houthi has shown little restraint. In a televised speech "
                      "last week he threatened Israel with a long war at sea.")
                    .contains("Abdul-Malik al-Houthi threatens Israel"));
    // Not when the sentence before has a "he" of its own that its named person is not.
    EXPECT_FALSE(facts("From there he travelled to Canada at the invitation of Prime Minister "
                       "Mark Carney. On the sidelines, he met President Emmanuel Macron.")
                     .contains("Emmanuel Macron meets-with Mark Carney"));
}

TEST(Extractor, PairsByWhatTheyAreToEachOtherAndShipsInPort) {
    // "whose troops" after a group opening the sentence is all the group's.
    EXPECT_TRUE(facts("Eritrea and Ethiopia, whose troops fought a long border war, signed a "
                      "deal.")
                    .contains("Eritrea fights Ethiopia"));
    // "The neighbours" are the two countries named just before.
    EXPECT_TRUE(facts("Armenia and Azerbaijan met in Abu Dhabi. The neighbours fought two wars "
                      "over the region.")
                    .contains("Armenia fights Azerbaijan"));
    EXPECT_TRUE(facts("A US guided-missile destroyer docked in Port of Spain in late October.")
                    .contains("United States deploys-to Trinidad and Tobago"));
    EXPECT_TRUE(facts("France has assembled its largest naval presence in the Gulf of Guinea in "
                      "years.")
                    .contains("France deploys-to Gulf of Guinea"));
    // A body's commander heads it; a country's commander does not head the country.
    EXPECT_TRUE(facts("They met General Abdel Fattah al-Burhan, the commander of the Sudanese "
                      "Armed Forces.")
                    .contains("Abdel Fattah al-Burhan leads Sudanese Armed Forces"));
    EXPECT_FALSE(facts("They met General Valery Gerasimov, the commander of Russia's forces in "
                       "Ukraine.")
                     .contains("Valery Gerasimov leads Russia"));
}

TEST(Extractor, AStatementSpeaksForItsBodyAndPlacesByTheSea) {
    // "we" in a statement headed by one body is that body; not in one of two.
    const std::string statement =
        "Statement by the Government of the Republic of Lithuania on the damage to a gas "
        "pipeline in the Baltic Sea\n\nWe call on the European Union to list more vessels.\n\n"
        "We warn that Russia poses a direct threat to our region.\n";
    EXPECT_TRUE(facts(statement).contains("Lithuania urges European Union"));
    EXPECT_TRUE(facts(statement).contains("Lithuania warns-of Russia"));
    EXPECT_FALSE(facts("Joint statement by Latvia and Lithuania on the pipeline\n\nWe call on "
                       "the European Union to act.\n")
                     .contains("Lithuania urges European Union"));
    EXPECT_TRUE(facts("Stubb has warned of the risk that Russia's shadow fleet poses to undersea "
                      "cables.")
                    .contains("Alexander Stubb warns-of Russia"));
    EXPECT_TRUE(facts("The Houthis have kept up missile and drone attacks on Israel.")
                    .contains("Houthis fights Israel"));
    EXPECT_TRUE(facts("Porkkala, on Finland's southern coast, is quiet.")
                    .contains("Porkkala located-in Finland"));
    EXPECT_TRUE(facts("The road would separate mainland Azerbaijan from its exclave of "
                      "Nakhchivan.")
                    .contains("Nakhchivan located-in Azerbaijan"));
    EXPECT_TRUE(facts("The cables lie in the Gulf of Finland, an arm of the Baltic Sea.")
                    .contains("Gulf of Finland located-in Baltic Sea"));
}

TEST(Extractor, ALeadersCommuniqueSpeaksForTheirBody) {
    // "We" are the body whose summit the leaders of several countries hold, not the first
    // country named.
    const auto quad = facts(
        "We, Prime Minister Anthony Albanese of Australia, Prime Minister Narendra Modi of India, "
        "Prime Minister Fumio Kishida of Japan and President Joe Biden of the United States, met "
        "today for the summit of the Quad.\n\nWe condemn North Korea's missile launches.\n\nWe "
        "also launch the Quad Cancer Moonshot.\n");
    EXPECT_TRUE(quad.contains("Quad criticizes North Korea"));
    EXPECT_FALSE(quad.contains("Australia criticizes North Korea"));
    // A body's name that opens a longer one founds nothing.
    EXPECT_FALSE(quad.contains("Australia member-of Quad"));
    EXPECT_TRUE(facts("Australia, Britain and the United States unveiled AUKUS in 2021.")
                    .contains("Australia member-of AUKUS"));
    // A "joint statement" headed by one body speaks for it.
    EXPECT_TRUE(facts("Joint statement of the Quad leaders\n\nWe call on Myanmar to end the "
                      "violence.\n")
                    .contains("Quad urges Myanmar"));
}

TEST(Extractor, WhatAVowAndAListOfWeaponsGovern) {
    // A vow hedges what it governs, not a predicate after "and" in its tense.
    EXPECT_TRUE(facts("The Houthis vowed to keep up the attacks and accused Washington of "
                      "dragging the region into war.")
                    .contains("Houthis criticizes United States"));
    EXPECT_FALSE(facts("The Houthis vowed to keep up the attacks and to strike Israel.")
                     .contains("Houthis fights Israel"));
    // "and missiles" starts no predicate of the sentence's subject.
    EXPECT_FALSE(facts("China is no neutral party. It sells Russia components that end up in "
                       "drones and missiles fired at Ukrainian cities.")
                     .contains("China fights Ukraine"));
}

TEST(Extractor, ATranscriptsSpeakerIsI) {
    const auto interview = facts(
        "Q: What did you tell Beijing?\n\nStubb: When I met President Xi Jinping in Beijing, I "
        "told him that China has leverage.\n\nQ: And the alliance?\n\nStubb: I met Mark Rutte "
        "last week.\n\nI met Benjamin Netanyahu once, the writer recalls.\n");
    EXPECT_TRUE(interview.contains("Alexander Stubb meets-with Xi Jinping"));
    EXPECT_TRUE(interview.contains("Alexander Stubb meets-with Mark Rutte"));
    // A paragraph with no label is no one's answer.
    EXPECT_FALSE(interview.contains("Alexander Stubb meets-with Benjamin Netanyahu"));
}

TEST(Extractor, SupportWelcomedTradeSuspendedInterventionThreatened) {
    EXPECT_EQ(facts("The Philippines welcomes the expressions of support from the United States "
                    "and Japan."),
              (std::set<std::string>{"Japan supports Philippines",
                                     "United States supports Philippines"}));
    EXPECT_TRUE(facts("ECOWAS had threatened military intervention in Niger after the coup.")
                    .contains("ECOWAS threatens Niger"));
    EXPECT_TRUE(facts("Turkey has suspended all trade with Israel.")
                    .contains("Turkey sanctions Israel"));
    EXPECT_TRUE(facts("UNRWA Commissioner-General Philippe Lazzarini criticised the limits.")
                    .contains("Philippe Lazzarini leads UNRWA"));
    // A title is not part of the name it comes before.
    EXPECT_TRUE(facts("Secretary for Foreign Affairs Enrique Manalo summoned the Chinese envoy.")
                    .contains("Enrique Manalo criticizes China"));
}

TEST(Extractor, ABlocLedByACountryAndAnExclaveNamedFirst) {
    EXPECT_TRUE(facts("Yerevan has frozen its part in the Collective Security Treaty "
                      "Organization, the Russian-led military bloc.")
                    .contains("Russia leads CSTO"));
    EXPECT_TRUE(facts("The road would link Azerbaijan to its Nakhchivan exclave.")
                    .contains("Nakhchivan located-in Azerbaijan"));
    EXPECT_TRUE(facts("Images show that Venezuela has expanded a military base on Anacoco "
                      "Island.")
                    .contains("Venezuela deploys-to Anacoco Island"));
}

TEST(Extractor, AidLoansAndMoneyReceived) {
    EXPECT_EQ(facts("Indonesia sent relief supplies and medical teams to Myanmar."),
              (std::set<std::string>{"Indonesia supplies Myanmar"}));
    EXPECT_TRUE(facts("The EU has disbursed tens of millions of euros to Tunisian security forces.")
                    .contains("European Union supplies Tunisia"));
    EXPECT_TRUE(facts("The Asian Development Bank signed a $60 million loan with Timor-Leste.")
                    .contains("Asian Development Bank supplies Timor-Leste"));
    EXPECT_TRUE(facts("London accuses Ilan Shor of receiving millions of dollars from Moscow.")
                    .contains("Russia supplies Ilan Shor"));
}

TEST(Extractor, MendsOfReview27) {
    // "is believed to have" hedges.
    EXPECT_FALSE(facts("The Africa Corps is believed to have deployed several hundred personnel "
                       "to Mali.")
                     .contains("Africa Corps deploys-to Mali"));
    // A firm's clause is not the country it is registered in.
    const auto firm = facts("Designated today is Sahara Crest Logistics, a freight company "
                            "registered in the United Arab Emirates, which shipped drones and "
                            "ammunition to RSF units.");
    EXPECT_TRUE(firm.contains("Sahara Crest Logistics supplies Rapid Support Forces"));
    EXPECT_FALSE(firm.contains("United Arab Emirates supplies Rapid Support Forces"));
    // What is insisted to be so is no demand.
    EXPECT_FALSE(facts("Lammy insisted that Mauritius was a trusted partner.")
                     .contains("David Lammy urges Mauritius"));
    EXPECT_TRUE(facts("Lammy insisted that Mauritius respect the ruling.")
                    .contains("David Lammy urges Mauritius"));
    EXPECT_TRUE(facts("Tokyo, which has supplied the Philippine Coast Guard with twelve vessels, "
                      "expressed concern.")
                    .contains("Japan supplies Philippines"));
    EXPECT_TRUE(facts("Manila has deployed two Navy frigates to the waters off Zambales.")
                    .contains("Philippines deploys-to Zambales"));
}

TEST(Extractor, CriticismInTheFormsNewsGivesIt) {
    EXPECT_TRUE(facts("President Donald Trump, who last month accused Nigeria's government of "
                      "failing to protect Christians, said more strikes were possible.")
                    .contains("Donald Trump criticizes Nigeria"));
    EXPECT_TRUE(facts("Sudan's army-aligned government again accused the United Arab Emirates of "
                      "arming the RSF.")
                    .contains("Sudan criticizes United Arab Emirates"));
    EXPECT_TRUE(facts("Ankara has protested Greek plans to create two marine parks.")
                    .contains("Turkey criticizes Greece"));
    // The speaker after a quotation acts in the participle after "said,".
    EXPECT_TRUE(facts("\"Every barrel counts,\" European Commission President Ursula von der "
                      "Leyen said, accusing Moscow of financing its war.")
                    .contains("Ursula von der Leyen criticizes Russia"));
    EXPECT_TRUE(facts("Israel's strike drew condemnation from Egypt.")
                    .contains("Egypt criticizes Israel"));
    EXPECT_TRUE(facts("Russia struck Kyiv on Monday, drawing protests from Poland.")
                    .contains("Poland criticizes Russia"));
    EXPECT_TRUE(facts("His predecessor, Daniel Suidani, an outspoken critic of Beijing, won a "
                      "seat.")
                    .contains("Daniel Suidani criticizes China"));
}

TEST(Extractor, MembershipsByAdmissionCandidacyAndABlocBuilt) {
    EXPECT_TRUE(facts("On 6 January 2025 Indonesia was admitted as a full member of BRICS.")
                    .contains("Indonesia member-of BRICS"));
    EXPECT_TRUE(facts("The council declared Nasry Asfura, the candidate of the conservative "
                      "National Party, the winner.")
                    .contains("Nasry Asfura member-of National Party"));
    EXPECT_EQ(facts("Niger, Mali and Burkina Faso quit ECOWAS and have since built up their own "
                    "Alliance of Sahel States."),
              (std::set<std::string>{"Burkina Faso member-of Alliance of Sahel States",
                                     "Mali member-of Alliance of Sahel States",
                                     "Niger member-of Alliance of Sahel States"}));
}

TEST(Extractor, MeetingsPastHonorificsCounterpartsAndTitlesInLists) {
    // "Sir" is no name of its own.
    EXPECT_TRUE(facts("The Prime Minister, Sir Keir Starmer, met Moldova's President, Maia "
                      "Sandu, at the summit.")
                    .contains("Keir Starmer meets-with Maia Sandu"));
    EXPECT_TRUE(facts("Syrian Foreign Minister Asaad al-Shaibani has since held talks in Moscow "
                      "with his Russian counterpart, Sergei Lavrov.")
                    .contains("Asaad al-Shaibani meets-with Sergei Lavrov"));
    // A title in capitals before a person in a list of people.
    const auto talks = facts("Mirziyoyev held talks with Antonio Costa and Commission President "
                             "Ursula von der Leyen.");
    EXPECT_TRUE(talks.contains("Shavkat Mirziyoyev meets-with Ursula von der Leyen"));
    EXPECT_TRUE(facts("Minister Hugh Todd and Secretary Marco Rubio discussed regional security.")
                    .contains("Hugh Todd meets-with Marco Rubio"));
}

TEST(Extractor, ForcesDeployedInAnAside) {
    EXPECT_TRUE(facts("You have the Africa Corps, deployed in northern Mali a few kilometres "
                      "from our border.")
                    .contains("Africa Corps deploys-to Mali"));
    // Where a body sits is no deployment.
    EXPECT_FALSE(facts("The Red Cross, based in Switzerland, sent aid.")
                     .contains("Red Cross deploys-to Switzerland"));
}

TEST(Extractor, AGapHoldsANameOfNoKnownKind) {
    // An untyped name inside a phrase is words of it: the exercise's name.
    EXPECT_TRUE(facts("Indonesia conducted the annual Super Garuda Shield exercise with the "
                      "United States.")
                    .contains("Indonesia cooperates-with United States"));
    // A name of a known kind is not passed over.
    EXPECT_FALSE(facts("Indonesia conducted the annual Malaysia exercise with the United States.")
                     .contains("Indonesia cooperates-with United States"));
    EXPECT_TRUE(facts("Australia and the United States are jointly redeveloping Lombrum Naval "
                      "Base on Manus Island.")
                    .contains("Australia cooperates-with United States"));
}

TEST(Extractor, FromTheMissesOfReview28) {
    EXPECT_TRUE(facts("China has moved at least four coast guard cutters into waters near Second "
                      "Thomas Shoal.")
                    .contains("China deploys-to Second Thomas Shoal"));
    const auto d8 = facts("They met at the D-8 Organization for Economic Cooperation, of which "
                          "both Indonesia and Iran are members.");
    EXPECT_TRUE(d8.contains("Indonesia member-of D-8"));
    EXPECT_TRUE(d8.contains("Iran member-of D-8"));
    EXPECT_TRUE(facts("They discussed the BRICS grouping, which Indonesia joined as a full member "
                      "in January 2025.")
                    .contains("Indonesia member-of BRICS"));
    EXPECT_TRUE(facts("The Sudanese Armed Forces and the Rapid Support Forces have been fighting "
                      "each other since April 2023.")
                    .contains("Sudanese Armed Forces fights Rapid Support Forces"));
    EXPECT_TRUE(facts("\"Every shipment counts,\" said Agnes Callamard, Amnesty's Secretary "
                      "General.")
                    .contains("Agnes Callamard leads Amnesty International"));
    EXPECT_TRUE(facts("They sail near the Natuna Islands, an archipelago in the southern South "
                      "China Sea.")
                    .contains("Natuna Islands located-in South China Sea"));
    EXPECT_TRUE(facts("Brazil reinforced its presence, sending armoured vehicles to the town of "
                      "Pacaraima.")
                    .contains("Brazil deploys-to Pacaraima"));
    EXPECT_TRUE(facts("The Houthis control Sanaa. Their leader, Abdul-Malik al-Houthi, rarely "
                      "appears in public.")
                    .contains("Abdul-Malik al-Houthi leads Houthis"));
}

TEST(Extractor, PlacesInAsidesListsAndThroughIts) {
    EXPECT_TRUE(facts("Students march through Novi Sad, in northern Serbia, a year on.")
                    .contains("Novi Sad located-in Serbia"));
    EXPECT_TRUE(facts("American B-2 bombers struck the Fordow enrichment plant in Iran.")
                    .contains("Fordow located-in Iran"));
    const auto towns = facts("The checkpoints at the Lithuanian border towns of Medininkai and "
                             "Salcininkai remain closed.");
    EXPECT_TRUE(towns.contains("Medininkai located-in Lithuania"));
    EXPECT_TRUE(towns.contains("Salcininkai located-in Lithuania"));
    EXPECT_TRUE(facts("Kuwait imported nine cargoes through its Al-Zour terminal.")
                    .contains("Al-Zour located-in Kuwait"));
    // "its" before a demonym's neighbours places nothing.
    EXPECT_FALSE(facts("Haiti has also leaned on its Caribbean neighbours.")
                     .contains("Caribbean located-in Haiti"));
}

TEST(Extractor, SanctionsByPackageMeasureAndDecision) {
    EXPECT_TRUE(facts("The European Union adopted four more sanctions packages against Russia.")
                    .contains("European Union sanctions Russia"));
    EXPECT_TRUE(facts("The European Union imposed punitive measures on Kosovo in 2023.")
                    .contains("European Union sanctions Kosovo"));
    EXPECT_TRUE(facts("The EU extended its restrictive measures against Belarus.")
                    .contains("European Union sanctions Belarus"));
    EXPECT_TRUE(facts("Prices rose after Washington's decision on Friday to sanction Shandong "
                      "Shouguang Luqing Petrochemical.")
                    .contains("United States sanctions Shandong Shouguang Luqing Petrochemical"));
}

TEST(Extractor, LeadersByDescriptionPossessionAndRotation) {
    EXPECT_TRUE(facts("The deadliest enemy is JNIM, led by the veteran militant Iyad Ag Ghaly, "
                      "which has waged war on the Malian state.")
                    .contains("Iyad Ag Ghaly leads JNIM"));
    EXPECT_TRUE(facts("The Foreign Affairs Committee, chaired by Emily Thornberry MP, publishes "
                      "its report.")
                    .contains("Emily Thornberry leads Foreign Affairs Committee"));
    EXPECT_TRUE(facts("Senior General Min Aung Hlaing, Myanmar's junta chief, has branded the AA "
                      "a terrorist organisation.")
                    .contains("Min Aung Hlaing leads Myanmar"));
    EXPECT_TRUE(facts("Now, in the east, Khalifa Haftar and his Libyan National Army receive help "
                      "from Russia.")
                    .contains("Khalifa Haftar leads Libyan National Army"));
    EXPECT_FALSE(facts("Joe Biden and his NATO allies met in Vilnius.")
                     .contains("Joe Biden leads NATO"));
    EXPECT_TRUE(facts("Malaysian Prime Minister Anwar Ibrahim, this year's ASEAN chair, brokered "
                      "a truce.")
                    .contains("Anwar Ibrahim leads ASEAN"));
}

TEST(Extractor, ANameNothingTypedEndsInTheWordARuleWants) {
    EXPECT_TRUE(facts("Papua New Guinea and the United States signed a Defence Cooperation "
                      "Agreement in 2023.")
                    .contains("Papua New Guinea cooperates-with United States"));
    EXPECT_TRUE(facts("Indonesia and Viet Nam upgraded their relations to a Comprehensive "
                      "Strategic Partnership.")
                    .contains("Indonesia allied-with Vietnam"));
    // "described how X ..." opens a clause of X's.
    const auto how = facts("Dr Maria Santos presented data. She described how Manila has "
                           "deepened its ties with the United States and signed a Reciprocal "
                           "Access Agreement with Japan in 2024.");
    EXPECT_TRUE(how.contains("Japan cooperates-with Philippines"));
    EXPECT_FALSE(how.contains("Japan cooperates-with Maria Santos"));
}

TEST(Extractor, FightsPastAWhomAsideAndThroughItsFighters) {
    EXPECT_TRUE(facts("M23 rebels, whom Kinshasa and United Nations experts say Rwanda backs, "
                      "attacked Congolese army positions near Uvira.")
                    .contains("M23 fights Democratic Republic of the Congo"));
    EXPECT_TRUE(facts("Hamas rejected the offer. Its fighters attacked Israeli positions.")
                    .contains("Hamas fights Israel"));
    // Two bodies before: either may be meant.
    EXPECT_FALSE(facts("Iran and Iraq met. Its troops attacked Kurdish villages in Syria.")
                     .contains("Iran fights Syria"));
    EXPECT_TRUE(facts("The Minsk regime acts with its ally, the Russian Federation, which "
                      "continues its war of aggression against Ukraine.")
                    .contains("Russia fights Ukraine"));
}


// A place may qualify a noun inside a noun phrase's gap: a coast named by its sea.
TEST(Extractor, APlaceQualifiesTheWordAfterItInAGap) {
    EXPECT_TRUE(facts("Lukoil runs a refinery in Burgas, on Bulgaria's Black Sea coast.")
                    .contains("Burgas located-in Bulgaria"));
    EXPECT_TRUE(facts("Israel struck the port of Hodeidah, on Yemen's Red Sea coast, late on "
                      "Wednesday.")
                    .contains("Hodeidah located-in Yemen"));
    // Not a place joined to another by "and": each is its own end.
    EXPECT_FALSE(facts("Lukoil runs a refinery in Burgas, on Bulgaria's Black Sea and Danube "
                       "coast.")
                     .contains("Burgas located-in Bulgaria"));
}

// A phrase that names a pair already met starts a clause, not one more member of a list.
TEST(Extractor, APairPhraseAfterACommaAndStartsAClause) {
    EXPECT_EQ(facts("In Tapachula last month, Mexico's defence secretary, General Ricardo Trevilla "
                    "Trejo, met his Guatemalan counterpart, Henry Saenz, and the two countries "
                    "signed an agreement."),
              (std::set<std::string>{"Henry Saenz meets-with Ricardo Trevilla Trejo",
                                     "Guatemala cooperates-with Mexico"}));
}

// A participle after an object's aside is the sentence subject's, not the object's.
TEST(Extractor, AParticipleAfterAnObjectsAsideIsTheSubjects) {
    EXPECT_EQ(facts("Mohamed Muizzu beat the incumbent, Ibrahim Mohamed Solih, on a platform, "
                    "accusing New Delhi of lying."),
              (std::set<std::string>{"Mohamed Muizzu criticizes India"}));
}

// A "he" left unresolved leaves the later ones of its sentence unresolved too.
TEST(Extractor, AHeLeftUnresolvedIsNotTheNextOnesObject) {
    EXPECT_FALSE(facts("Muizzu went first to Turkey, where he met Turkish President Recep Tayyip "
                       "Erdogan, and then to Beijing, where he held talks with Chinese President "
                       "Xi Jinping.")
                     .contains("Recep Tayyip Erdogan meets-with Xi Jinping"));
    EXPECT_TRUE(facts("Anwar Ibrahim went to Turkey, where he met Recep Tayyip Erdogan, and then "
                      "to Beijing, where he held talks with Xi Jinping.")
                    .contains("Anwar Ibrahim meets-with Recep Tayyip Erdogan"));
    // Not when someone named between them is a subject: then the later one may be that one.
    EXPECT_TRUE(facts("Vladimir Putin met Xi Jinping on Monday. Later he flew home, while Sergei "
                      "Lavrov flew to Pyongyang, where he met Kim Jong Un.")
                    .contains("Kim Jong Un meets-with Sergei Lavrov"));
}

// "and" and a verb after an aside still go back to the sentence's subject past a reported
// clause, in a sentence and in a fact box's line.
TEST(Extractor, AVerbAfterAnAsideAndAReportedClauseIsTheSubjects) {
    const std::string people =
        "Abdel Fattah al-Burhan leads the army. Mohamed Hamdan Dagalo, known as Hemedti, leads "
        "the RSF.\n\n";
    for (const std::string line :
         {"The United States sanctioned Hemedti in January after determining that the RSF had "
          "committed genocide in Darfur, a region in western Sudan, and sanctioned Burhan days "
          "later.",
          "* United States: sanctioned Hemedti in January after determining that the RSF had "
          "committed genocide in Darfur, a region in western Sudan, and sanctioned Burhan days "
          "later."}) {
        const auto found = facts(people + line);
        EXPECT_TRUE(found.contains("United States sanctions Abdel Fattah al-Burhan")) << line;
        EXPECT_FALSE(found.contains("Rapid Support Forces sanctions Abdel Fattah al-Burhan"))
            << line;
    }
}

// "the group" is not a body named only to qualify another group ("a UN group of experts").
TEST(Extractor, TheGroupIsNotABodyThatQualifiesAnotherGroup) {
    const auto found = facts(
        "Rwanda denies arming the M23.\n\nA UN group of experts reported last year that Rwandan "
        "soldiers were deployed. Washington sanctioned James Kabarebe over what the U.S. "
        "Treasury described as his central role in Rwanda's support for the group.");
    EXPECT_FALSE(found.contains("Rwanda supports United Nations"));
    EXPECT_TRUE(facts("The African Union suspended Mali. Russia condemned the bloc.")
                    .contains("Russia criticizes African Union"));
}

// The commander of a named body, before the name in apposition, heads it.
TEST(Extractor, TheCommanderOfABodyBeforeTheName) {
    EXPECT_TRUE(facts("The commander of MINUSCA, Lt. Gen. Humberto Ortiz, said the patrols would "
                      "resume.")
                    .contains("Humberto Ortiz leads MINUSCA"));
}

// Supplies named in more of the ways news names them.
TEST(Extractor, SuppliesToBodiesTransfersAndWhoseDeliveries) {
    EXPECT_TRUE(facts("Britain criticised Iran, which the UK says has supplied ballistic missiles "
                      "to Russia.")
                    .contains("Iran supplies Russia"));
    EXPECT_EQ(facts("The United Kingdom has transferred two minehunters to the Ukrainian navy."),
              (std::set<std::string>{"United Kingdom supplies Ukraine"}));
    EXPECT_TRUE(facts("Russia transferred control of the plant to Ukraine.").empty());
    EXPECT_EQ(facts("China has donated vehicles and equipment to the police of Vanuatu."),
              (std::set<std::string>{"China supplies Vanuatu"}));
    EXPECT_EQ(facts("Washington also supplied Qatar and Poland."),
              (std::set<std::string>{"United States supplies Qatar",
                                     "United States supplies Poland"}));
    // A company a demonym qualifies is not its country.
    EXPECT_FALSE(facts("Saudi Aramco supplies the Chinese refiner with crude.")
                     .contains("Saudi Aramco supplies China"));
    EXPECT_TRUE(facts("South Korea, whose deliveries of K2 tanks to Poland began in 2022, also "
                      "exported jets.")
                    .contains("South Korea supplies Poland"));
    EXPECT_TRUE(facts("Islamabad says Pakistan's J-10C fighters, supplied by China, shot down "
                      "several jets.")
                    .contains("China supplies Pakistan"));
}

// Criticism past a politician's party tag, after "went on to", and in a clause of "whom".
TEST(Extractor, CriticismPastPartyTagsWentOnToAndWhom) {
    EXPECT_EQ(facts("Senator Ted Cruz (R-Texas) accused Qatar of financing Hamas."),
              (std::set<std::string>{"Ted Cruz criticizes Qatar"}));
    EXPECT_EQ(facts("Alexandre Silveira went on to accuse Paraguay of holding the dam hostage."),
              (std::set<std::string>{"Alexandre Silveira criticizes Paraguay"}));
    EXPECT_TRUE(facts("Britain also sanctioned Ilan Shor, a fugitive Moldovan businessman, whom "
                      "London accuses of receiving money from Moscow.")
                    .contains("United Kingdom criticizes Ilan Shor"));
    // A name's acronym in brackets is not read past.
    EXPECT_TRUE(entities("The Rapid Support Forces (RSF) attacked El Fasher.")
                    .contains("Rapid Support Forces:organization"));
}

// Cooperation opened by "In cooperation with X," and a joint venture signed.
TEST(Extractor, CooperationOpeningPhraseAndJointVentures) {
    EXPECT_EQ(facts("In cooperation with Kenya, Somalia launched an offensive."),
              (std::set<std::string>{"Kenya cooperates-with Somalia"}));
    EXPECT_EQ(facts("Russia and China signed a joint venture in 2025."),
              (std::set<std::string>{"China cooperates-with Russia"}));
}

// Members named in a bloc's description, beside those who belong, and in an aside with "also".
TEST(Extractor, MembersBesideThoseWhoBelongAndInABlocsDescription) {
    EXPECT_EQ(facts("The European Union and Mercosur, the South American bloc made up of Brazil "
                    "and Argentina, concluded talks."),
              (std::set<std::string>{"Brazil member-of Mercosur", "Argentina member-of Mercosur"}));
    EXPECT_FALSE(entities("Latin American leaders met in Lima.").contains("United States:country"));
    EXPECT_EQ(facts("India belongs to the Quad together with Japan and Australia."),
              (std::set<std::string>{"India member-of Quad", "Japan member-of Quad",
                                     "Australia member-of Quad"}));
    EXPECT_TRUE(facts("Iceland, also an EEA member, did not attend the final round.")
                    .contains("Iceland member-of European Economic Area"));
}

// Places that an apposition or an aside places, though the lexicon does not know them.
TEST(Extractor, UnknownPlacesPlacedByTheirAppositionOrAside) {
    EXPECT_TRUE(facts("The Kimon arrived at Salamis, Greece's main naval base, in January.")
                    .contains("Salamis located-in Greece"));
    EXPECT_TRUE(facts("Last month the RSF captured El Fasher, the army's last stronghold in "
                      "Darfur.")
                    .contains("El Fasher located-in Darfur"));
    EXPECT_TRUE(facts("Ethiopia armed clan militias in the Gedo region of Jubaland state.")
                    .contains("Gedo located-in Jubaland"));
    EXPECT_TRUE(facts("Chaman, a dusty trading town in the southwestern province of Balochistan, "
                      "sits on the main road.")
                    .contains("Chaman located-in Balochistan"));
    EXPECT_TRUE(facts("The army launched an offensive in the Tirah valley, in Khyber district.")
                    .contains("Tirah located-in Khyber"));
    EXPECT_TRUE(facts("Jets were scrambled from Evenes, in northern Norway, to identify them.")
                    .contains("Evenes located-in Norway"));
    const auto named = entities("A delegation from Siemens in Germany arrived.");
    EXPECT_TRUE(named.contains("Germany:country"));
    EXPECT_FALSE(named.contains("Siemens:location"));
}

// A body's name opened by an acronym and a hyphen, named again; a body "now led by".
TEST(Extractor, AcronymJoinedNamesAndBodiesNowLedBy) {
    EXPECT_EQ(facts("Burundi accused Kigali of arming RED-Tabara, a Burundian rebel group based "
                    "in Congo.\n\nRED-Tabara had claimed an attack near Gatumba. The group has "
                    "fought Burundi's government since 2015."),
              (std::set<std::string>{"Burundi criticizes Rwanda", "Rwanda supplies RED-Tabara",
                                     "RED-Tabara fights Burundi"}));
    EXPECT_TRUE(facts("The opposition Maldivian Democratic Party, now led by former foreign "
                      "minister Abdulla Shahid, has struggled to regroup.")
                    .contains("Abdulla Shahid leads Maldivian Democratic Party"));
}

// A visit for talks, past the place it was in.
TEST(Extractor, InAPlaceForTalksWith) {
    EXPECT_TRUE(facts("Tunisia's President Kais Saied was in Algiers last month for talks with "
                      "President Abdelmadjid Tebboune.")
                    .contains("Abdelmadjid Tebboune meets-with Kais Saied"));
}

// An ambush of a country's patrol or convoy is an attack on the country.
TEST(Extractor, AnAmbushOfACountrysConvoy) {
    EXPECT_EQ(facts("JNIM fighters ambushed a Malian army convoy near Gao."),
              (std::set<std::string>{"JNIM fights Mali"}));
}

// Deployments praised after "for", and forces "of their own".
TEST(Extractor, DeploymentsPraisedAndForcesOfTheirOwn) {
    EXPECT_EQ(facts("The Authority commended Nigeria and Ghana for promptly sending troops and "
                    "air assets to Benin."),
              (std::set<std::string>{"Nigeria deploys-to Benin", "Ghana deploys-to Benin"}));
    EXPECT_EQ(facts("Jamaica and El Salvador later sent personnel of their own to Haiti."),
              (std::set<std::string>{"Jamaica deploys-to Haiti", "El Salvador deploys-to Haiti"}));
}

// "him" or "it" urged to act is the nearest name of its kind before the verb's subject.
TEST(Extractor, APronounUrgedToAct) {
    EXPECT_TRUE(facts("Tebboune pardoned the writer after German President Frank-Walter "
                      "Steinmeier asked him to do so.")
                    .contains("Frank-Walter Steinmeier urges Abdelmadjid Tebboune"));
    EXPECT_EQ(facts("Vladimir Putin met Xi Jinping and called on him to back the plan."),
              (std::set<std::string>{"Vladimir Putin meets-with Xi Jinping",
                                     "Vladimir Putin urges Xi Jinping"}));
    EXPECT_TRUE(facts("Vladimir Putin asked him to leave.").empty());
}

// A relative clause after an apposition with a short quotation; "the Treasury" of the country
// its own sentence names.
TEST(Extractor, AQuotedAppositionAndTheTreasury) {
    EXPECT_TRUE(facts("The coalition is led by Jimmy Cherizier, a former police officer better "
                      "known as \"Barbecue\", who has been sanctioned by the United States.")
                    .contains("United States sanctions Jimmy Cherizier"));
    EXPECT_TRUE(facts("The United States has not imposed broad sanctions on the junta, but in "
                      "July 2023 the Treasury sanctioned Defence Minister Sadio Camara.")
                    .contains("United States sanctions Sadio Camara"));
    EXPECT_TRUE(facts("Venezuela seized a tanker.\n\nThe Treasury imposed sanctions on the "
                      "Cartel de los Soles.")
                    .empty());
}

// Allies named as one of a country's allies, as "its ally", and after a plural's possessive.
TEST(Extractor, AlliesOneOfItsAllyAndAPluralsPossessive) {
    EXPECT_TRUE(facts("Tuvalu, which remains one of Taiwan's few diplomatic allies, voted.")
                    .contains("Taiwan allied-with Tuvalu"));
    EXPECT_TRUE(facts("Manila has deepened its defence ties with its treaty ally the United "
                      "States.")
                    .contains("Philippines allied-with United States"));
    EXPECT_EQ(facts("The United States is the Philippines' only treaty ally."),
              (std::set<std::string>{"Philippines allied-with United States"}));
    EXPECT_TRUE(facts("Indonesia has always stood with Palestine.")
                    .contains("Indonesia supports Palestine"));
}

// A name before "as" is an object described, not a clause's subject.
TEST(Extractor, ANameBeforeAsIsNoSubject) {
    EXPECT_EQ(facts("China claims Taiwan as its own territory and accused Japan of provoking "
                    "confrontation."),
              (std::set<std::string>{"China criticizes Japan"}));
}

// "comprising" after a list describes its last member; a base sought is none held.
TEST(Extractor, ComprisingDescribesTheLastNameAndABaseSoughtIsNoneHeld) {
    const auto found = facts("The Authority welcomed the cooperation between ECOWAS and the "
                             "Alliance of Sahel States, comprising Burkina Faso, Mali and Niger.");
    EXPECT_TRUE(found.contains("Mali member-of Alliance of Sahel States"));
    EXPECT_FALSE(found.contains("Mali member-of ECOWAS"));
    EXPECT_TRUE(facts("Moscow has long sought a naval base at Port Sudan.").empty());
}

// A warning is of what may come: a hedge inside it does not cancel it; a negation does.
TEST(Extractor, AWarningOfWhatMayCome) {
    EXPECT_EQ(facts("Washington warned of a possible Chinese military foothold near Australia."),
              (std::set<std::string>{"United States warns-of China"}));
    EXPECT_TRUE(facts("Russia did not warn of a possible NATO attack.").empty());
}

// A clause after ", and" has its own subject, which a participle after it shares; "the bloc"
// before "of" and a gerund is the bloc named before.
TEST(Extractor, AClauseAfterCommaAndHasItsOwnSubject) {
    EXPECT_EQ(facts("Iran left, and Armenia froze ties, accusing Moscow of lying."),
              (std::set<std::string>{"Armenia criticizes Russia"}));
    EXPECT_EQ(facts("Armenia left the CSTO, accusing the bloc of failing to defend it."),
              (std::set<std::string>{"Armenia criticizes CSTO"}));
    EXPECT_TRUE(facts("Police brought the ship to anchor off Porkkala, on Finland's southern "
                      "coast, where it remains.")
                    .contains("Porkkala located-in Finland"));
}

// Places that lie in a known place, friction points, and goods bought with no "that".
TEST(Extractor, PlacesThatLieInOnesAndGoodsBoughtFrom) {
    EXPECT_EQ(facts("Kumejima also lies in Okinawa Prefecture."),
              (std::set<std::string>{"Kumejima located-in Okinawa"}));
    EXPECT_TRUE(facts("The two governments agreed on patrolling at Depsang and Demchok, two "
                      "friction points in Ladakh.")
                    .contains("Demchok located-in Ladakh"));
    EXPECT_TRUE(facts("The launchers, part of the systems India bought from Russia, were seen.")
                    .contains("Russia supplies India"));
}

// Units of artillery sent are forces deployed, not goods supplied.
TEST(Extractor, ArtilleryUnitsSentAreDeployed) {
    const auto found = facts("Guinea sent 638 additional artillery units to Russia's Novosibirsk "
                             "region.");
    EXPECT_TRUE(found.contains("Guinea deploys-to Russia"));
    EXPECT_FALSE(found.contains("Guinea supplies Russia"));
    EXPECT_TRUE(facts("Russia sent 200 tanks and artillery to Belarus.")
                    .contains("Russia supplies Belarus"));
}

// A treaty the sentence calls an alliance is one; "talked themselves into" is no meeting.
TEST(Extractor, ATreatyCalledAnAllianceAndTalkingOneselfIntoACrisis) {
    EXPECT_EQ(facts("In October, Australia and Papua New Guinea signed the Pukpuk Treaty, a mutual "
                    "defence alliance under which an attack on one is an attack on both."),
              (std::set<std::string>{"Australia allied-with Papua New Guinea"}));
    EXPECT_TRUE(facts("How Paris and Algiers talked themselves into their worst crisis.").empty());
}

// The holder a possessive's role names in apposition acts, not the country, past a place or a
// field in the role's name.
TEST(Extractor, TheHolderOfALongRoleActs) {
    EXPECT_EQ(facts("Australia's Minister for International Development and the Pacific, Pat "
                    "Conroy, visited in May and met Feleti Teo."),
              (std::set<std::string>{"Feleti Teo meets-with Pat Conroy"}));
}

// An attack blamed on someone criticizes them.
TEST(Extractor, AnAttackBlamedOn) {
    EXPECT_TRUE(facts("New Delhi blamed the attack on Lashkar-e-Taiba, a group it says is backed "
                      "by Pakistan.")
                    .contains("India criticizes Lashkar-e-Taiba"));
}

// Leaders "then led by", of a government described at length; members "and its members were".
TEST(Extractor, LeadersThenLedByAndMembersAndItsMembers) {
    EXPECT_TRUE(facts("Indonesia, then led by General Suharto, had ended its confrontation.")
                    .contains("Suharto leads Indonesia"));
    EXPECT_TRUE(facts("Yemen's internationally recognised government, led by Presidential "
                      "Leadership Council chairman Rashad al-Alimi, condemned the attack.")
                    .contains("Rashad al-Alimi leads Yemen"));
    EXPECT_TRUE(facts("In February the Cook Islands, led by Prime Minister Mark Brown, signed a "
                      "partnership.")
                    .contains("Mark Brown leads Cook Islands"));
    EXPECT_EQ(facts("The declaration created ASEAN, and its founding members were Indonesia and "
                    "Malaysia."),
              (std::set<std::string>{"Indonesia member-of ASEAN", "Malaysia member-of ASEAN"}));
}

// A person's name after words that only say what the person is fills the slot: the
// oligarch, the opposition leader. A verb before them does not make them its subject.
TEST(Extractor, APersonDescribedBeforeTheName) {
    EXPECT_EQ(facts("Moscow bankrolled the fugitive oligarch Ilan Shor."),
              (std::set<std::string>{"Russia supplies Ilan Shor"}));
    EXPECT_EQ(facts("Moscow bankrolled the Moldovan opposition leader Ilan Shor."),
              (std::set<std::string>{"Russia supplies Ilan Shor"}));
    EXPECT_EQ(facts("Moscow armed rebel commander Ilan Shor."),
              (std::set<std::string>{"Russia supplies Ilan Shor"}));
    EXPECT_TRUE(entities("Washington sanctioned the oligarch Oleg Deripaska.")
                    .contains("Oleg Deripaska:person"));
    // A pronoun is no titled name: the danger is not posed to "he".
    EXPECT_FALSE(facts("Abdelmadjid Tebboune has warned of the danger posed by the National Rally "
                       "to what he calls the human bridge.")
                     .contains("National Rally threatens Abdelmadjid Tebboune"));
}

// A person's age in commas, alone or before a relative clause, is an aside the rules read past.
TEST(Extractor, APersonsAgeIsAnAside) {
    EXPECT_EQ(facts("Walter Quispe Huaman, 44, is accused of selling grenades to Jorge Alcivar."),
              (std::set<std::string>{"Walter Quispe Huaman supplies Jorge Alcivar"}));
    EXPECT_EQ(facts("Walter Quispe Huaman, 44, who worked at the army depot in Tumbes until 2023, "
                    "is accused of selling grenades to Jorge Alcivar."),
              (std::set<std::string>{"Walter Quispe Huaman supplies Jorge Alcivar"}));
    // The owner of a firm is a person, not the firm.
    EXPECT_FALSE(entities("Grenades were sold to Jorge Alcivar, the owner of a trucking firm.")
                     .contains("Jorge Alcivar:organization"));
}

// A double-barrelled surname names the person again; "States" in "United States of" is no
// place noun.
TEST(Extractor, DoubleBarrelledSurnames) {
    const std::string text =
        "A judge approved the extradition to the United States of Arash Mehrani-Lowe, a "
        "British-Iranian businessman. Mehrani-Lowe is accused by U.S. prosecutors of fraud.";
    EXPECT_TRUE(entities(text).contains("Arash Mehrani-Lowe:person"));
    EXPECT_FALSE(entities(text).contains("Mehrani-Lowe:person"));
    EXPECT_TRUE(facts(text).contains("United States criticizes Arash Mehrani-Lowe"));
    // A Korean given name is hyphenated, the family name first.
    EXPECT_TRUE(facts("President Lee Jae-myung arrived. Lee met Xi Jinping in Gyeongju.")
                    .contains("Lee Jae-myung meets-with Xi Jinping"));
}

// What another does, named with "of" its doer, is criticized; what is done to someone is not.
TEST(Extractor, CriticizingTheActsOfADoer) {
    EXPECT_EQ(facts("The ministry welcomed the statement by NATO Secretary General Mark Rutte "
                    "condemning the reckless behaviour of Minsk."),
              (std::set<std::string>{"Mark Rutte leads NATO", "Mark Rutte criticizes Belarus"}));
    EXPECT_TRUE(facts("France condemned the arrest of Imran Khan.").empty());
}

// The accusers between "accused by" and "of" are read past for what the accused did; the
// passive rules still read them as the accusers.
TEST(Extractor, AccusedByOthersOfActs) {
    EXPECT_EQ(facts("The UAE is accused by Sudan's government and by U.N. experts of supplying "
                    "weapons to the RSF."),
              (std::set<std::string>{"Sudan criticizes United Arab Emirates",
                                     "United Arab Emirates supplies Rapid Support Forces"}));
    EXPECT_EQ(facts("Mehrani-Lowe, 58, is accused by U.S. prosecutors of shipping aircraft parts "
                    "to Iran."),
              (std::set<std::string>{"United States criticizes Mehrani-Lowe",
                                     "Mehrani-Lowe supplies Iran"}));
}

// A denial's own object ends with it, a word of report ("the claim") or a name inside it
// included, and "in turn" or "later" before the next verb is read past.
TEST(Extractor, ADenialsObjectAndAnAdverbAfterAnd) {
    EXPECT_EQ(facts("Rwanda rejects the claim and accuses Kinshasa of aggression."),
              (std::set<std::string>{"Rwanda criticizes Democratic Republic of the Congo"}));
    EXPECT_TRUE(facts("Rwanda denies arming the M23 and in turn accuses Kinshasa of arming the "
                      "FDLR.")
                    .contains("Rwanda criticizes Democratic Republic of the Congo"));
    EXPECT_TRUE(facts("Washington sanctioned Hemedti and later sanctioned Burhan.")
                    .contains("United States sanctions Abdel Fattah al-Burhan"));
    // What the denial takes in stays denied.
    EXPECT_TRUE(facts("Belarus denied Russia had sent troops and supplied fuel to Serbia.").empty());
    EXPECT_TRUE(facts("Belarus denied supplying Russia and sending troops to Ukraine.").empty());
}

// A sentence that opens with a description of the name after it, between commas, is read from
// the name; a list that opens the sentence is no description.
TEST(Extractor, AnOpeningDescriptionOfTheName) {
    EXPECT_EQ(facts("The UN refugee agency, UNHCR, has urged Pakistan to halt the deportations."),
              (std::set<std::string>{"UNHCR urges Pakistan"}));
    EXPECT_EQ(facts("The main opposition party, Chadema, has urged Tanzania to free its leader."),
              (std::set<std::string>{"Chadema urges Tanzania"}));
    EXPECT_TRUE(facts("The Rwandan-backed rebel group, M23, attacked the Congolese army.")
                    .contains("M23 fights Democratic Republic of the Congo"));
    EXPECT_EQ(facts("The Philippines, Vietnam and Malaysia condemned China."),
              (std::set<std::string>{"Philippines criticizes China", "Vietnam criticizes China",
                                     "Malaysia criticizes China"}));
}

// "the President of the Republic, NAME": a title of the text's own body in apposition names a
// person, read past as other title phrases are, in a coordinated predicate too; "met" is a
// past tense after an infinitive.
TEST(Extractor, ATitleOfTheRepublicAndAnIrregularPast) {
    EXPECT_EQ(facts("Kao Kim Hourn met the President of the Republic, Jose Ramos-Horta."),
              (std::set<std::string>{"Jose Ramos-Horta meets-with Kao Kim Hourn"}));
    EXPECT_TRUE(entities("Kao Kim Hourn met the President of the Republic, Jose Ramos-Horta.")
                    .contains("Jose Ramos-Horta:person"));
    EXPECT_TRUE(facts("The ASEAN Secretary-General, Dr Kao Kim Hourn, visited Dili in March to "
                      "assess the country's readiness and met the President of the Republic, "
                      "Jose Ramos-Horta.")
                    .contains("Jose Ramos-Horta meets-with Kao Kim Hourn"));
    // A bare verb after an infinitive still goes on the infinitive.
    EXPECT_EQ(facts("Trump asked Modi to visit Washington and meet Putin."),
              (std::set<std::string>{"Donald Trump urges Narendra Modi"}));
}

// A governor heads the organization before the title, a central bank; not a place or a
// country.
TEST(Extractor, AGovernorOfABank) {
    EXPECT_TRUE(facts("PBoC Governor Pan Gongsheng met Xi Jinping.")
                    .contains("Pan Gongsheng leads People's Bank of China"));
    EXPECT_EQ(facts("Kursk Governor Alexei Smirnov met Vladimir Putin."),
              (std::set<std::string>{"Alexei Smirnov meets-with Vladimir Putin"}));
    EXPECT_EQ(facts("Russian Governor Alexei Smirnov met Xi Jinping."),
              (std::set<std::string>{"Alexei Smirnov meets-with Xi Jinping"}));
}

// ", then" and a verb is the subject's next predicate; what one took up with another "when the
// two met" is a meeting.
TEST(Extractor, ThenAfterACommaAndWhenTheTwoMet) {
    EXPECT_TRUE(facts("Narendra Modi and Giorgia Meloni pose for a selfie, then hold talks on "
                      "defence.")
                    .contains("Giorgia Meloni meets-with Narendra Modi"));
    EXPECT_EQ(facts("Defense Secretary Pete Hegseth raised the matter with Cambodian Defence "
                    "Minister Tea Seiha when the two met at the Shangri-La Dialogue."),
              (std::set<std::string>{"Pete Hegseth meets-with Tea Seiha"}));
}

// "the Biden administration" is the government of the person's country.
TEST(Extractor, APresidentsAdministrationIsTheCountry) {
    EXPECT_EQ(facts("The Biden administration eased the measures in 2023, then reimposed oil "
                    "sanctions on Venezuela."),
              (std::set<std::string>{"United States sanctions Venezuela"}));
    EXPECT_EQ(facts("Trump sanctioned Venezuela."),
              (std::set<std::string>{"Donald Trump sanctions Venezuela"}));
}

// How news places a place: in apposition after what it is ("Pakistan's largest city,
// Karachi,"), with two qualities ("largest and poorest province"), "its" place after the
// country, a subdivision's aside, a reef or a bay, and "the Greek island of Crete", where the
// demonym only says whose the island is.
TEST(Extractor, MoreWaysNewsPlacesAPlace) {
    EXPECT_EQ(facts("AD Ports runs a container terminal in Pakistan's largest city, Karachi, "
                    "under a 50-year agreement."),
              (std::set<std::string>{"Karachi located-in Pakistan"}));
    EXPECT_EQ(facts("Balochistan, Pakistan's largest and poorest province, has also been hit by "
                    "an insurgency."),
              (std::set<std::string>{"Balochistan located-in Pakistan"}));
    EXPECT_TRUE(facts("Brazil has sent armoured vehicles to Roraima, its northernmost state.")
                    .contains("Roraima located-in Brazil"));
    EXPECT_TRUE(facts("American forces struck fighters in Sokoto state, in northwestern Nigeria, "
                      "on Thursday.")
                    .contains("Sokoto located-in Nigeria"));
    EXPECT_EQ(facts("Scarborough Shoal, a reef in the South China Sea, has been quiet."),
              (std::set<std::string>{"Scarborough Shoal located-in South China Sea"}));
    EXPECT_EQ(facts("Greece allows American warships to use Souda Bay, a deep-water anchorage on "
                    "the Greek island of Crete."),
              (std::set<std::string>{"Souda Bay located-in Crete", "Crete located-in Greece"}));
    EXPECT_TRUE(facts("A drone struck a hotel in the Israeli Red Sea city of Eilat.")
                    .contains("Eilat located-in Israel"));
    // A region's own name before "region of" is the region.
    EXPECT_TRUE(facts("Ethiopia armed clan militias in the Gedo region of Jubaland.")
                    .contains("Gedo located-in Jubaland"));
}

// A name joined to a compound by a hyphen is words of a gap ("the Serb-majority entity of"),
// and a maker's name before "-made" is no object of the rule that reached the goods.
TEST(Extractor, NamesInsideCompounds) {
    EXPECT_TRUE(facts("Serbia supports Republika Srpska, the Serb-majority entity of Bosnia and "
                      "Herzegovina.")
                    .contains("Republika Srpska located-in Bosnia and Herzegovina"));
    EXPECT_EQ(facts("Iran supplied Russian-made drones to Sudan."),
              (std::set<std::string>{"Iran supplies Sudan"}));
    EXPECT_EQ(facts("Russian-made drones were used by Sudan."),
              (std::set<std::string>{"Russia supplies Sudan"}));
}

// Leaders and members stated in more of the ways news states them.
TEST(Extractor, MoreWaysOfLeadingAndBelonging) {
    EXPECT_TRUE(facts("The Amir held talks with HRH Prince Mohammed bin Salman, Crown Prince and "
                      "Prime Minister of Saudi Arabia.")
                    .contains("Mohammed bin Salman leads Saudi Arabia"));
    EXPECT_TRUE(facts("An official came from Myanmar, which remains a member but whose military "
                      "leader, Senior General Min Aung Hlaing, was again not invited.")
                    .contains("Min Aung Hlaing leads Myanmar"));
    EXPECT_TRUE(facts("Saudi Arabia's General Authority for Military Industries (GAMI), headed "
                      "by Governor Ahmed Al-Ohali, signed agreements.")
                    .contains("Ahmed Al-Ohali leads General Authority for Military Industries"));
    EXPECT_TRUE(facts("Assimi Goita, who currently holds the rotating presidency of the AES, "
                      "spoke.")
                    .contains("Assimi Goita leads Alliance of Sahel States"));
    EXPECT_EQ(facts("Guterres thanked Kenya for its work and praised Kenya's leadership of the "
                    "Multinational Security Support Mission."),
              (std::set<std::string>{"Kenya leads Multinational Security Support Mission"}));
    EXPECT_TRUE(facts("The UK sanctioned the oligarch Ilan Shor and has since sanctioned the "
                      "Evrazia network which he leads.")
                    .contains("Ilan Shor leads Evrazia"));
    EXPECT_TRUE(facts("Voters chose a successor to President Xiomara Castro, a member of the "
                      "leftist Libre party.")
                    .contains("Xiomara Castro member-of Libre"));
}

// Agreements one has, signs or works under with another, and a firm named for its ports.
TEST(Extractor, AgreementsHeldAndWorkedUnder) {
    EXPECT_EQ(facts("Serbia already has free trade agreements with China and the Eurasian "
                    "Economic Union."),
              (std::set<std::string>{"China cooperates-with Serbia",
                                     "Eurasian Economic Union cooperates-with Serbia"}));
    EXPECT_TRUE(facts("The UAE has signed similar CEPAs with Georgia, Indonesia and Kenya.")
                    .contains("Kenya cooperates-with United Arab Emirates"));
    EXPECT_TRUE(facts("Beijing and Hanoi signed 14 cooperation documents.")
                    .contains("China cooperates-with Vietnam"));
    EXPECT_TRUE(facts("QatarEnergy delivered six cargoes under its 15-year supply agreement with "
                      "Kuwait Petroleum Corporation.")
                    .contains("Kuwait Petroleum Corporation cooperates-with QatarEnergy"));
    EXPECT_TRUE(facts("India's Adani Ports, working with the Sri Lankan conglomerate John Keells "
                      "Holdings, is building a terminal.")
                    .contains("Adani Ports cooperates-with John Keells Holdings"));
}

// "said it" after an aside between commas is the name that opens the sentence.
TEST(Extractor, ItAfterAnAsideIsTheOpeningName) {
    EXPECT_TRUE(facts("The United States, a treaty ally of the Philippines, said it stood with "
                      "Manila.")
                    .contains("United States supports Philippines"));
    EXPECT_TRUE(facts("China, which Pakistani officials call an \"all-weather\" ally, said it "
                      "supported Pakistan's position.")
                    .contains("China supports Pakistan"));
}

// Support and sanctions in more of the ways news states them.
TEST(Extractor, MoreWaysOfSupportAndSanctions) {
    EXPECT_TRUE(facts("Beijing accuses Manila of stirring up trouble with the backing of the "
                      "United States.")
                    .contains("United States supports Philippines"));
    EXPECT_EQ(facts("Nicaragua, in solidarity with Mexico, also severed relations with Quito."),
              (std::set<std::string>{"Nicaragua supports Mexico"}));
    EXPECT_EQ(facts("Indonesia remained firm in its support for the independence of Palestine."),
              (std::set<std::string>{"Indonesia supports Palestine"}));
    // "its" is not always the nearest name's.
    EXPECT_FALSE(facts("The United States has called on Rwanda to withdraw its troops from Congo "
                       "and end its support for the M23.")
                     .contains("Democratic Republic of the Congo supports M23"));
    EXPECT_TRUE(facts("Islamabad has long accused Kabul of sheltering fighters of "
                      "Tehreek-e-Taliban Pakistan.")
                    .contains("Afghanistan supports Tehreek-e-Taliban Pakistan"));
    EXPECT_TRUE(facts("The parts went to Shahed Aviation Industries, a manufacturer that "
                      "Washington sanctioned in 2022.")
                    .contains("United States sanctions Shahed Aviation Industries"));
    EXPECT_EQ(facts("Washington had placed another 140 Chinese companies under sanctions."),
              (std::set<std::string>{"United States sanctions China"}));
    EXPECT_EQ(facts("The United States let the licence expire, restoring sanctions on the state "
                    "oil company PDVSA."),
              (std::set<std::string>{"United States sanctions PDVSA"}));
}

// Warnings and threats stated with where or in what, a doer's conduct, an aside of election,
// and "ships" after a possessive, which is no verb.
TEST(Extractor, WarningsThreatsAndAPossessivesShips) {
    EXPECT_EQ(facts("Defense Minister Gen Nakatani warned at the Shangri-La Dialogue of the risks "
                    "posed by China's rapid military build-up."),
              (std::set<std::string>{"Gen Nakatani warns-of China"}));
    EXPECT_TRUE(facts("UN Secretary-General Antonio Guterres warned in his latest report that "
                      "al-Shabaab could exploit any gap.")
                    .contains("Antonio Guterres warns-of Al-Shabaab"));
    EXPECT_EQ(facts("Israel's conduct threatens the security of the entire Gulf Cooperation "
                    "Council."),
              (std::set<std::string>{"Israel threatens Gulf Cooperation Council"}));
    EXPECT_TRUE(facts("In the Maldives, President Mohamed Muizzu, elected in 2023, asked India to "
                      "withdraw its troops.")
                    .contains("Mohamed Muizzu urges India"));
    EXPECT_EQ(facts("China's ships posed a direct threat to the Philippines."),
              (std::set<std::string>{"China threatens Philippines"}));
    EXPECT_TRUE(facts("China ships oil to Cuba.").contains("China supplies Cuba"));
    EXPECT_TRUE(facts("Russia's ships docked in Havana.").contains("Russia deploys-to Cuba"));
}

// Deployments and fights in more of the ways news states them: a country's named regions,
// points inside a country's territory, fire from, a subdivision in a part of a country.
TEST(Extractor, MoreWaysOfDeployingAndFighting) {
    const auto kept = facts("Russia has kept troops in Georgia's breakaway regions of Abkhazia "
                            "and South Ossetia.");
    EXPECT_TRUE(kept.contains("Russia deploys-to Abkhazia"));
    EXPECT_TRUE(kept.contains("Russia deploys-to South Ossetia"));
    EXPECT_TRUE(kept.contains("Abkhazia located-in Georgia"));
    EXPECT_TRUE(kept.contains("Russia deploys-to Georgia"));
    EXPECT_EQ(facts("Israeli forces remain at five points inside Lebanese territory."),
              (std::set<std::string>{"Israel deploys-to Lebanon"}));
    EXPECT_EQ(facts("Israel is under fire from Hezbollah and the Houthis."),
              (std::set<std::string>{"Hezbollah fights Israel", "Houthis fights Israel"}));
    const auto battalion = facts("A battalion from Zambia has deployed to Haut-Mbomou prefecture "
                                 "in the east of the Central African Republic.");
    EXPECT_TRUE(battalion.contains("Haut-Mbomou located-in Central African Republic"));
    EXPECT_TRUE(battalion.contains("Zambia deploys-to Central African Republic"));
}

// A demonym inside a noun phrase qualifies the noun after it and is words of the gap.
TEST(Extractor, ADemonymInsideANounPhrase) {
    EXPECT_TRUE(facts("Jade Crescent Shipping delivered cargoes of Iranian fuel oil to the "
                      "Houthis.")
                    .contains("Jade Crescent Shipping supplies Houthis"));
    EXPECT_EQ(facts("Moscow sent Russian troops to Belarus."),
              (std::set<std::string>{"Russia deploys-to Belarus"}));
}

// A body's analysts speak for it; a country's accession after "on its"; co-presidents lead.
TEST(Extractor, AnalystsAtABodyAccessionAndCoPresidents) {
    EXPECT_EQ(facts("Analysts at Benchmark Mineral Intelligence have warned of China's grip on "
                    "cobalt refining."),
              (std::set<std::string>{"Benchmark Mineral Intelligence warns-of China"}));
    EXPECT_EQ(facts("Australia congratulated Indonesia on its accession to BRICS."),
              (std::set<std::string>{"Indonesia member-of BRICS"}));
    EXPECT_TRUE(facts("The bloc accused Nicaragua's co-presidents, Daniel Ortega and Rosario "
                      "Murillo, of dismantling the rule of law.")
                    .contains("Daniel Ortega leads Nicaragua"));
}

// "its ally, the Russian Federation", "among the first to receive", a town of so many people in
// a state, a country's departments named after "of".
TEST(Extractor, AlliesFirstVisitorsAndTownsOfPeople) {
    EXPECT_TRUE(facts("The Minsk regime acts in close coordination with its ally, the Russian "
                      "Federation.")
                    .contains("Belarus allied-with Russia"));
    EXPECT_TRUE(facts("Turkey, whose president, Recep Tayyip Erdogan, was among the first foreign "
                      "leaders to receive al-Sharaa, signed an accord.")
                    .contains("Ahmed al-Sharaa meets-with Recep Tayyip Erdogan"));
    EXPECT_TRUE(facts("Ciudad Hidalgo, a town of some 15,000 people in the southern Mexican state "
                      "of Chiapas, is busy.")
                    .contains("Ciudad Hidalgo located-in Chiapas"));
    EXPECT_TRUE(facts("The Guatemalan government has sent 1,500 soldiers to Guatemala's western "
                      "departments of San Marcos and Huehuetenango.")
                    .contains("Guatemala deploys-to Huehuetenango"));
}

// A possessive's firms named in apposition after up to four words, one or two of them.
TEST(Extractor, APossessivesTwoFirmsInApposition) {
    EXPECT_EQ(facts("Washington's decision to blacklist Russia's two largest oil producers, "
                    "Rosneft and Lukoil, is rippling through Europe."),
              (std::set<std::string>{"United States sanctions Rosneft",
                                     "United States sanctions Lukoil"}));
    EXPECT_EQ(facts("Washington sanctioned Venezuela's state oil company, PDVSA, in 2019."),
              (std::set<std::string>{"United States sanctions PDVSA"}));
}

// Ships flagged by a territory barred from ports sanction the territory.
TEST(Extractor, BarringAFlag) {
    EXPECT_TRUE(facts("Argentina, Brazil and Uruguay, all members of Mercosur, have barred "
                      "Falklands-flagged ships from their ports since 2011.")
                    .contains("Uruguay sanctions Falkland Islands"));
}

// A person named after "Their leader," opens the sentence, and a participle after a comma is
// theirs.
TEST(Extractor, ThePersonAfterTheirTitleOpensTheSentence) {
    EXPECT_EQ(facts("Their leader, Abdul-Malik al-Houthi, said as much in a speech, accusing "
                    "Saudi Arabia of delaying the deal."),
              (std::set<std::string>{"Abdul-Malik al-Houthi criticizes Saudi Arabia"}));
}

// Review mends: an age is an aside only between commas; the accusers read past only when they
// follow the name the rules start from; a sentence that ends in "name," is read safely.
TEST(Extractor, AnAgeOnlyBetweenCommasAndAccusersBeforeTheName) {
    EXPECT_EQ(facts("Luiz Inacio Lula da Silva turned 80, and Brazil condemned Israel."),
              (std::set<std::string>{"Brazil criticizes Israel"}));
    EXPECT_TRUE(facts("Accused by the U.S. and by the EU of arming Russia, Iran, a theocracy, "
                      "objects.")
                    .empty());
    EXPECT_TRUE(facts("The UN refugee agency, UNHCR,").empty());
}

// Talks measured in hours or rounds are talks held.
TEST(Extractor, HoursOrRoundsOfTalks) {
    EXPECT_EQ(facts("Foreign Minister Jean-Noel Barrot flew to Algiers in April and held two and a "
                    "half hours of talks with Abdelmadjid Tebboune."),
              (std::set<std::string>{"Abdelmadjid Tebboune meets-with Jean-Noël Barrot"}));
}

// Who provides another's bodyguards or advisers supplies them.
TEST(Extractor, ProvidingAnothersGuards) {
    EXPECT_EQ(facts("Cuba provides Maduro's bodyguards and many of his intelligence officers."),
              (std::set<std::string>{"Cuba supplies Nicolás Maduro"}));
}

// Being in talks with another is meeting them.
TEST(Extractor, InTalksWith) {
    EXPECT_EQ(facts("Congo's government said in October that it was in talks with Dan Gertler, "
                    "the Israeli businessman."),
              (std::set<std::string>{"Dan Gertler meets-with Democratic Republic of the Congo"}));
}

// A body's offensive is its own act; a place's name before "offensive" only says where.
TEST(Extractor, ABodysOffensive) {
    EXPECT_EQ(facts("In February, the Security Council adopted resolution 2773, which condemned "
                    "the M23 offensive."),
              (std::set<std::string>{"UN Security Council criticizes M23"}));
    EXPECT_TRUE(facts("Ukraine condemned the Kursk offensive.").empty());
}

// An aside that says who commands or runs a body is read past.
TEST(Extractor, CommandedByAside) {
    EXPECT_EQ(facts("The Libyan National Army (LNA), commanded by Khalifa Haftar, has sent fuel "
                    "and weapons to the RSF."),
              (std::set<std::string>{"Khalifa Haftar leads Libyan National Army",
                                     "Libyan National Army supplies Rapid Support Forces"}));
}

// A sum in a currency that has letters before its sign is a quantity like one in dollars.
TEST(Extractor, SumsInLetteredCurrencies) {
    EXPECT_EQ(facts("Australia has provided more than A$200 million to Fiji."),
              (std::set<std::string>{"Australia supplies Fiji"}));
    EXPECT_EQ(facts("Japan gave over US$50 million to Tonga."),
              (std::set<std::string>{"Japan supplies Tonga"}));
}

// Arabic's article joined to a name by a hyphen is part of the name; a name the text places
// in a known region between commas is a place.
TEST(Extractor, PlacesNamedWithAnArticleOrARegion) {
    EXPECT_EQ(facts("He met Trump at the peace summit in Sharm el-Sheikh, Egypt, in October."),
              (std::set<std::string>{"Sharm el-Sheikh located-in Egypt"}));
    EXPECT_EQ(entities("Trump met Putin at a base in Anchorage, Alaska, in August."),
              (std::set<std::string>{"Anchorage:location", "Alaska:location",
                                     "Donald Trump:person", "Vladimir Putin:person"}));
    // Who fled to a place went there.
    EXPECT_EQ(facts("Hundreds of families fled across the border to Cuilco, in Guatemala, to "
                    "escape the violence."),
              (std::set<std::string>{"Cuilco located-in Guatemala"}));
}

// Ferrying goods to another supplies it; ferrying people does not.
TEST(Extractor, FerryingGoodsNotPeople) {
    EXPECT_EQ(facts("Washington sanctioned the airline Mahan Air in 2011, accusing it of ferrying "
                    "weapons to Hezbollah."),
              (std::set<std::string>{"United States sanctions Mahan Air",
                                     "United States criticizes Mahan Air",
                                     "Mahan Air supplies Hezbollah"}));
    EXPECT_EQ(facts("The EU sanctioned the airline Belavia, accusing it of ferrying migrants to "
                    "Minsk."),
              (std::set<std::string>{"European Union sanctions Belavia",
                                     "European Union criticizes Belavia"}));
}

// A verb after a name and before "the company X" is the name's: the company is no one's.
TEST(Extractor, AVerbBeforeACompanyIsTheSubjects) {
    EXPECT_EQ(facts("The EU sanctioned the company PDVSA."),
              (std::set<std::string>{"European Union sanctions PDVSA"}));
    EXPECT_EQ(facts("The EU criticized the firm Belavia."),
              (std::set<std::string>{"European Union criticizes Belavia"}));
    // An owner's company is still read as the company: "the Belarusian state airline".
    EXPECT_EQ(facts("The EU sanctioned the Belarusian state airline Belavia."),
              (std::set<std::string>{"European Union sanctions Belavia"}));
}

// A company's name goes on over "&" and over "and" between fields of work, and a place's name
// before a word for a company opens one.
TEST(Extractor, CompanyNamesWithAmpersandsFieldsAndPlaces) {
    EXPECT_EQ(facts("The firm Korea Hydro & Nuclear Power (KHNP) signed a deal with Poland."),
              (std::set<std::string>{"Korea Hydro & Nuclear Power cooperates-with Poland"}));
    EXPECT_EQ(facts("Britain sanctioned Wuhan Xiaoruizhi Science and Technology in March."),
              (std::set<std::string>{
                  "United Kingdom sanctions Wuhan Xiaoruizhi Science and Technology"}));
    EXPECT_EQ(facts("Britain sanctioned Asia Sun Group in 2024."),
              (std::set<std::string>{"United Kingdom sanctions Asia Sun Group"}));
    // Not two countries joined by "and".
    EXPECT_EQ(facts("France and Germany signed a deal."),
              (std::set<std::string>{"France cooperates-with Germany"}));
}

// The acronym the text gives a new name in brackets is stored as one of its names.
TEST(Extractor, ANewNamesAcronymIsAnAlias) {
    const auto out = run("The EU sanctioned Myanma Oil and Gas Enterprise (MOGE) in 2023.");
    const auto it = std::find_if(out.entities.begin(), out.entities.end(), [](const auto& e) {
        return e.name == "Myanma Oil and Gas Enterprise";
    });
    ASSERT_NE(it, out.entities.end());
    EXPECT_NE(std::find(it->aliases.begin(), it->aliases.end(), "MOGE"), it->aliases.end());
}

// A head of government or of state leads the country whose title it is.
TEST(Extractor, HeadOfGovernmentOrState) {
    EXPECT_EQ(facts("Pedro Sánchez held talks in Madrid with Morocco's head of government, Aziz "
                    "Akhannouch, on Monday."),
              (std::set<std::string>{"Aziz Akhannouch leads Morocco",
                                     "Aziz Akhannouch meets-with Pedro Sánchez"}));
}

// No evidence that a body of a country's did something: nothing.
TEST(Extractor, NoEvidenceThatAnOwnersBody) {
    EXPECT_TRUE(facts("We found no evidence that Russia's Africa Corps has deployed to Chad.")
                    .empty());
    EXPECT_EQ(facts("Russia's Africa Corps has deployed to Chad."),
              (std::set<std::string>{"Africa Corps deploys-to Chad"}));
}

// Troops sent are deployed, not supplied; a place financed is a project, not a recipient; an
// exercise named after its place is no place.
TEST(Extractor, WhatIsNotSupplyOrDeployment) {
    EXPECT_EQ(facts("Ethiopia accused Eritrea of sending troops into Ethiopia."),
              (std::set<std::string>{"Eritrea deploys-to Ethiopia",
                                     "Ethiopia criticizes Eritrea"}));
    EXPECT_TRUE(facts("Tokyo later financed the Chinggis Khaan International Airport with a yen "
                      "loan.")
                    .empty());
    EXPECT_TRUE(facts("Kazakhstan, whose brigade trains with British forces in the Steppe Eagle "
                      "exercise, is sending troops.")
                    .empty());
    // Goods sent are supplied.
    EXPECT_EQ(facts("Russia accused Serbian arms makers of sending hundreds of thousands of "
                    "artillery shells to Ukraine."),
              (std::set<std::string>{"Russia criticizes Serbia", "Serbia supplies Ukraine"}));
}

// Condemning "what it called" another's conduct criticizes the other.
TEST(Extractor, CondemnedWhatItCalled) {
    EXPECT_EQ(facts("London condemned what it called Beijing's \"reckless\" behaviour."),
              (std::set<std::string>{"United Kingdom criticizes China"}));
}

// "whose government is led by" a person: the person leads the country.
TEST(Extractor, WhoseGovernmentIsLedBy) {
    EXPECT_EQ(facts("Vanuatu, whose government is led by Prime Minister Jotham Napat, linked the "
                    "text to the advisory opinion."),
              (std::set<std::string>{"Jotham Napat leads Vanuatu"}));
}

// Intelligence or data shared with another is cooperation; a plan to share it is none.
TEST(Extractor, SharingIntelligence) {
    EXPECT_EQ(facts("The State Department said US agencies had shared technical indicators with "
                    "Czech investigators."),
              (std::set<std::string>{"Czech Republic cooperates-with United States"}));
    EXPECT_TRUE(facts("The US will share intelligence with Poland.").empty());
    EXPECT_TRUE(facts("Russia shares a border with Poland.").empty());
}

// A statement of support for another supports it.
TEST(Extractor, StatementOfSupport) {
    EXPECT_EQ(facts("Poland also circulated a statement of support for the Czech Republic among "
                    "EU capitals."),
              (std::set<std::string>{"Poland supports Czech Republic"}));
}

// Money lent to another, in either order of the objects, supplies it.
TEST(Extractor, MoneyLent) {
    EXPECT_EQ(facts("The Saudi Fund for Development has since lent Tajikistan money for it."),
              (std::set<std::string>{"Saudi Fund for Development supplies Tajikistan"}));
}

// "X, the Uzbek border city": a demonym's country holds the place.
TEST(Extractor, DemonymBorderCity) {
    EXPECT_EQ(facts("An official I met in Termez, the Uzbek border city, said the bigger worry "
                    "lay further south."),
              (std::set<std::string>{"Termez located-in Uzbekistan"}));
}

// A ship diverted or escorted to a place the text then places somewhere went there.
TEST(Extractor, ShipsDivertedOrEscortedToAPlace) {
    EXPECT_EQ(facts("The vehicles were seized and the ship was diverted to Kalamata, in Greece."),
              (std::set<std::string>{"Kalamata located-in Greece"}));
}

// The style of a Commonwealth minister is part of the name after it, and title phrases before
// two names joined by "and" open the sentence's subject, after an opening phrase too. Who
// "each" held talks with another did not meet each other.
TEST(Extractor, ProtocolStylesAndTitledSubjects) {
    EXPECT_EQ(facts("The Prime Minister of Tuvalu, the Honourable Feleti Teo, briefed Leaders."),
              (std::set<std::string>{"Feleti Teo leads Tuvalu"}));
    EXPECT_EQ(facts("On the margins of the meeting, the Prime Minister of Australia, the "
                    "Honourable Anthony Albanese, and the Prime Minister of New Zealand, the "
                    "Right Honourable Christopher Luxon, each held talks with the Prime "
                    "Minister of Fiji, the Honourable Sitiveni Rabuka."),
              (std::set<std::string>{
                  "Anthony Albanese leads Australia", "Christopher Luxon leads New Zealand",
                  "Sitiveni Rabuka leads Fiji", "Anthony Albanese meets-with Sitiveni Rabuka",
                  "Christopher Luxon meets-with Sitiveni Rabuka"}));
    EXPECT_EQ(facts("On the margins, the Prime Minister of Australia, Anthony Albanese, held "
                    "talks with Sitiveni Rabuka."),
              (std::set<std::string>{"Anthony Albanese leads Australia",
                                     "Anthony Albanese meets-with Sitiveni Rabuka"}));
    EXPECT_EQ(entities("The Right Honourable Christopher Luxon spoke."),
              (std::set<std::string>{"Christopher Luxon:person"}));
}

// A dateline's place, before its country where a paragraph opens, lies in that country; in
// capitals it is named as a name is written.
TEST(Extractor, DatelinePlaces) {
    EXPECT_EQ(facts("TAPACHULA, Mexico \u2014 Soldiers arrived on Monday."),
              (std::set<std::string>{"Tapachula located-in Mexico"}));
    EXPECT_EQ(facts("Koh Kong, Cambodia - Army commanders held a meeting."),
              (std::set<std::string>{"Koh Kong located-in Cambodia"}));
    // Not inside a paragraph, nor before a date.
    EXPECT_TRUE(facts("Soldiers left. TAPACHULA, Mexico - more arrived.").empty());
    EXPECT_TRUE(facts("TAPACHULA, Nov 20 - Soldiers arrived.").empty());
}

// A demonym's territory with a place between, and a participating state of a body.
TEST(Extractor, QualifiedTerritoriesAndParticipatingStates) {
    EXPECT_EQ(facts("Leaders discussed New Caledonia, a French Pacific territory."),
              (std::set<std::string>{"New Caledonia located-in France"}));
    EXPECT_EQ(facts("In 2012 Mongolia became a participating state of the Organization for "
                    "Security and Co-operation in Europe."),
              (std::set<std::string>{"Mongolia member-of OSCE"}));
}

// One's own meeting with another is a meeting; a planned one is none.
TEST(Extractor, OnesOwnMeeting) {
    EXPECT_EQ(facts("Aleksandar Vucic posted photographs of his meeting with Viktor Orban."),
              (std::set<std::string>{"Aleksandar Vučić meets-with Viktor Orbán"}));
    EXPECT_TRUE(facts("Aleksandar Vucic cancelled his planned meeting with Viktor Orban.").empty());
}

// A warning of a war between two warns of both, and states no war: a hedge such as "the danger
// of" does not negate a warning, which speaks of what may come.
TEST(Extractor, WarningsOfAWarBetween) {
    EXPECT_EQ(facts("The United States and the European Union warned in a joint statement of the "
                    "danger of a new war between Ethiopia and Eritrea."),
              (std::set<std::string>{
                  "United States warns-of Ethiopia", "United States warns-of Eritrea",
                  "European Union warns-of Ethiopia", "European Union warns-of Eritrea"}));
    EXPECT_EQ(facts("The United States warned of a new war between Ethiopia and Eritrea."),
              (std::set<std::string>{"United States warns-of Ethiopia",
                                     "United States warns-of Eritrea"}));
    // A warning of an alliance speaks of one that is.
    EXPECT_TRUE(facts("NATO's chief warns of a dangerous alliance between Russia and North Korea.")
                    .contains("North Korea allied-with Russia"));
    EXPECT_EQ(facts("Fighting broke out between Ethiopia and Eritrea in May."),
              (std::set<std::string>{"Ethiopia fights Eritrea", "Eritrea fights Ethiopia"}));
}

// A titled subject after a semicolon opens its clause; "itself" opens an aside.
TEST(Extractor, TitledSubjectAfterASemicolonAndItselfAside) {
    EXPECT_EQ(facts("Talks stalled; the chairperson of the African Union Commission, Mahmoud Ali "
                    "Youssouf, urged Ethiopia and Eritrea to exercise restraint."),
              (std::set<std::string>{"Mahmoud Ali Youssouf leads African Union Commission",
                                     "Mahmoud Ali Youssouf urges Ethiopia",
                                     "Mahmoud Ali Youssouf urges Eritrea"}));
    EXPECT_EQ(facts("In Asmara, Egypt, itself at odds with Ethiopia over the dam, reaffirmed its "
                    "support for Eritrea's sovereignty."),
              (std::set<std::string>{"Egypt supports Eritrea"}));
}

// A country that is another's supplier of goods supplies it.
TEST(Extractor, SupplierOfGoodsTo) {
    EXPECT_EQ(facts("Canada nonetheless remains the largest foreign supplier of energy to the "
                    "United States."),
              (std::set<std::string>{"Canada supplies United States"}));
}

// A partnership of security and defence signed is an alliance; a bilateral exercise between
// two is cooperation; a body's commentary that accuses criticizes.
TEST(Extractor, PartnershipsExercisesAndCommentaries) {
    EXPECT_EQ(facts("In June, Canada and the European Union signed a security and defence "
                    "partnership."),
              (std::set<std::string>{"Canada allied-with European Union"}));
    EXPECT_EQ(facts("Khaan Quest began in 2003 as a bilateral exercise between the United States "
                    "and Mongolia."),
              (std::set<std::string>{"Mongolia cooperates-with United States"}));
    EXPECT_EQ(facts("The ministry was responding to a Global Times commentary that accused "
                    "Washington of using the drills to encircle China."),
              (std::set<std::string>{"Global Times criticizes United States"}));
}

// A word in capitals a country owns is a body, unless it names a measure or a thing.
TEST(Extractor, ACountrysBodyInCapitals) {
    EXPECT_EQ(facts("France's EDF, which accused Poland of running a tender, lost."),
              (std::set<std::string>{"EDF criticizes Poland"}));
    EXPECT_EQ(entities("Russia's GDP grew."), (std::set<std::string>{"Russia:country"}));
}

// A known place inside a body's name is part of the name.
TEST(Extractor, PlacesInsideBodiesNames) {
    EXPECT_EQ(facts("The Free Papua Movement attacked Indonesia."),
              (std::set<std::string>{"Free Papua Movement fights Indonesia"}));
    EXPECT_EQ(facts("The National Front for the Liberation of Angola fought Cuba."),
              (std::set<std::string>{"National Front for the Liberation of Angola fights Cuba"}));
    // Not a place between words that head no body: "the Free Aceh Movement" is, "Free Aceh
    // elections" are not.
    EXPECT_EQ(entities("He spoke of Free Aceh elections."),
              (std::set<std::string>{"Aceh:location"}));
}

// A demonym's government is the country, one name in a list.
TEST(Extractor, ADemonymsGovernmentInAList) {
    EXPECT_EQ(facts("The peace agreement between the Indonesian government and the Free Aceh "
                    "Movement ended the war."),
              (std::set<std::string>{"Free Aceh Movement cooperates-with Indonesia"}));
}

// Companies in business together cooperate.
TEST(Extractor, CompaniesInBusinessTogether) {
    EXPECT_EQ(facts("ExxonMobil and its partner QatarEnergy have yet to decide how to develop "
                    "their discovery."),
              (std::set<std::string>{"ExxonMobil cooperates-with QatarEnergy"}));
    EXPECT_EQ(facts("First in line is the Cronos discovery, which Eni operates with its partner "
                    "TotalEnergies."),
              (std::set<std::string>{"Eni cooperates-with TotalEnergies"}));
    EXPECT_EQ(facts("In June, Mitsubishi Heavy Industries and BAE Systems set up the joint venture "
                    "Edgewing to design it."),
              (std::set<std::string>{"BAE Systems cooperates-with Mitsubishi Heavy Industries"}));
    EXPECT_EQ(facts("The Frontier Relief Network runs mobile clinics at both sites in partnership "
                    "with UNHCR."),
              (std::set<std::string>{"Frontier Relief Network cooperates-with UNHCR"}));
}

// What a review of this session's changes found read too widely.
TEST(Extractor, ReviewMendsOfDatelinesStylesAndMeetings) {
    // A word that opens a sentence is no dateline's place.
    EXPECT_TRUE(facts("However, Iran (which denies the charge) says it will respond.").empty());
    // After a possessive, a word in -ed qualifies the company.
    EXPECT_EQ(facts("The United States sanctioned Russia's privately owned mercenary group "
                    "Wagner."),
              (std::set<std::string>{"United States sanctions Wagner Group"}));
    // A place stays where it is whatever is feared there.
    EXPECT_EQ(facts("Officials spoke of the threat of floods in Kharkiv, Ukraine, on Monday."),
              (std::set<std::string>{"Kharkiv located-in Ukraine"}));
    // Goods shipped to a name name a buyer, not a place.
    EXPECT_EQ(entities("North Korea shipped shells to Zarnitsa in Russia, officials said."),
              (std::set<std::string>{"North Korea:country", "Russia:country"}));
    // "the Honourable" before a body's name makes no person of it.
    EXPECT_TRUE(entities("Kenya's envoy addressed the Honourable Society of Middle Temple in "
                         "London.")
                    .contains("Society of Middle Temple:other"));
    // A source of instability supplies nothing; a meeting called off is none; a resolution
    // named after a country is about it.
    EXPECT_TRUE(facts("Russia is the single biggest source of instability for Europe.").empty());
    EXPECT_TRUE(facts("Zelensky called off his talks with Trump after the row.").empty());
    EXPECT_FALSE(
        facts("The UN General Assembly adopted a Ukraine resolution that condemned Russia.")
            .contains("Ukraine criticizes Russia"));
}

// Ways news names who leads a body or a place: a relative clause after a comma, "whose
// President", a presidency held, an appointment in the passive, a counterpart of a head of
// government, an executive secretary.
TEST(Extractor, MoreWaysOfLeading) {
    EXPECT_EQ(facts("The Awami League, which Sheikh Hasina still leads from exile in India, "
                    "condemned the visit."),
              (std::set<std::string>{"Sheikh Hasina leads Awami League"}));
    EXPECT_TRUE(facts("They discussed Papua New Guinea's Autonomous Region of Bougainville, whose "
                      "President, Ishmael Toroama, has called for independence.")
                    .contains("Ishmael Toroama leads Bougainville"));
    EXPECT_EQ(facts("Xiomara Castro holds the pro tempore presidency of CELAC."),
              (std::set<std::string>{
                  "Xiomara Castro leads Community of Latin American and Caribbean States"}));
    EXPECT_EQ(facts("Kamil Idris was appointed prime minister of Sudan in May 2025."),
              (std::set<std::string>{"Kamil Idris leads Sudan"}));
    // The one who appoints leads nothing by it.
    EXPECT_FALSE(facts("Kamil Idris is an official whom Burhan appointed prime minister of Sudan.")
                     .contains("Abdel Fattah al-Burhan leads Sudan"));
    EXPECT_EQ(facts("Prime Minister Jotham Napat met his Australian counterpart, Anthony "
                    "Albanese, in Canberra on Monday."),
              (std::set<std::string>{"Anthony Albanese leads Australia",
                                     "Anthony Albanese meets-with Jotham Napat"}));
    EXPECT_EQ(facts("Summit was attended by the Executive Secretary of SADC, Elias Magosi."),
              (std::set<std::string>{"Elias Magosi leads SADC"}));
}

// Members named in a relative clause: "in which ... are both participating States", "which now
// make up", "which brings together".
TEST(Extractor, MembersInRelativeClauses) {
    EXPECT_EQ(facts("We raised it at the Organization for Security and Co-operation in Europe "
                    "(OSCE), in which the UK and Moldova are both participating States."),
              (std::set<std::string>{"United Kingdom member-of OSCE", "Moldova member-of OSCE"}));
    // A plural verb says the clause is the whole list's; a singular one, the last name's.
    EXPECT_EQ(facts("Mali, Burkina Faso and Niger, which now make up the Alliance of Sahel "
                    "States, left the bloc."),
              (std::set<std::string>{"Mali member-of Alliance of Sahel States",
                                     "Burkina Faso member-of Alliance of Sahel States",
                                     "Niger member-of Alliance of Sahel States"}));
    EXPECT_EQ(facts("Troops came from Chad and Niger, which is a member of ECOWAS."),
              (std::set<std::string>{"Niger member-of ECOWAS"}));
    EXPECT_EQ(facts("Troops came from Chad and Niger, which are both members of ECOWAS."),
              (std::set<std::string>{"Chad member-of ECOWAS", "Niger member-of ECOWAS"}));
    EXPECT_EQ(facts("Leaders met at the Shanghai Cooperation Organisation, which brings together "
                    "China and Russia."),
              (std::set<std::string>{"China member-of SCO", "Russia member-of SCO"}));
}

// Reports the sentence calls unconfirmed state nothing.
TEST(Extractor, UnconfirmedReports) {
    EXPECT_TRUE(facts("Reports that Hezbollah fired rockets into northern Israel are unconfirmed.")
                    .empty());
    EXPECT_EQ(facts("Reports that Hezbollah fired rockets into northern Israel were confirmed."),
              (std::set<std::string>{"Hezbollah fights Israel"}));
}

// Troops pouring into a country are deployed there; ships kept somewhere, counted at some
// length, are too.
TEST(Extractor, TroopsPouringInAndShipsKept) {
    EXPECT_EQ(facts("Russian troops poured into Ukraine."),
              (std::set<std::string>{"Russia deploys-to Ukraine"}));
    EXPECT_EQ(facts("The United States has kept at least two guided-missile destroyers in the "
                    "Eastern Mediterranean since October 2023."),
              (std::set<std::string>{"United States deploys-to Eastern Mediterranean"}));
}

// An alliance "between" two is theirs, no body they are members of; a partnership with a sea
// is no cooperation.
TEST(Extractor, AllianceBetweenTwoAndPartnershipWithAPlace) {
    EXPECT_EQ(facts("Leaders welcomed the Falepili Union, the treaty alliance between Australia "
                    "and Tuvalu, and noted progress."),
              (std::set<std::string>{"Australia allied-with Tuvalu"}));
    EXPECT_TRUE(facts("The Forum backed Australia's bid to host the Conference of the Parties "
                      "(COP31) in partnership with the Pacific.")
                    .empty());
}

// "..., fighting X" after a clause is its subject's fight.
TEST(Extractor, FightingAsAParticiple) {
    EXPECT_EQ(facts("Ugandan troops entered Congo in 2021, fighting the ADF."),
              (std::set<std::string>{"Uganda deploys-to Democratic Republic of the Congo",
                                     "Uganda fights Allied Democratic Forces"}));
    EXPECT_TRUE(facts("Ukraine held the line, fighting for its survival.").empty());
}

// Supporting another's sovereignty, work or position supports it; a body's mission named after
// it is no support of the body.
TEST(Extractor, SupportingWhatIsAnothers) {
    EXPECT_EQ(facts("Washington supports the sovereignty and territorial integrity of Somalia."),
              (std::set<std::string>{"United States supports Somalia"}));
    EXPECT_EQ(facts("The United Kingdom supports the work of Christian Schmidt."),
              (std::set<std::string>{"United Kingdom supports Christian Schmidt"}));
    EXPECT_FALSE(facts("The UK supports the work of the UN peacekeeping mission, MINUSCA.")
                     .contains("United Kingdom supports United Nations"));
}

// A country's own body named with it is one name, and its acronym is the body's.
TEST(Extractor, ACountrysOwnBodyNamedWithIt) {
    EXPECT_EQ(entities("The Electoral Commission of Namibia (ECN) announced the results. "
                       "Observers praised the ECN."),
              (std::set<std::string>{"Electoral Commission of Namibia:organization"}));
    EXPECT_EQ(entities("The Central Bank of Nigeria raised rates."),
              (std::set<std::string>{"Central Bank of Nigeria:organization"}));
    // A state's ministry stays the state's.
    EXPECT_EQ(entities("The Ministry of Defence of Ukraine said."),
              (std::set<std::string>{"Ukraine:country"}));
}

// A demonym's junta is its country, as its government is, so a pair reads past it; but not
// where the word opens a title.
TEST(Extractor, ADemonymsJuntaIsItsCountry) {
    EXPECT_EQ(facts("Clashes between the Malian junta and the Azawad Liberation Front continued "
                    "near Kidal on Monday."),
              (std::set<std::string>{"Mali fights Azawad Liberation Front",
                                     "Azawad Liberation Front fights Mali"}));
    EXPECT_EQ(facts("Malian junta leader Assimi Goita met Vladimir Putin."),
              (std::set<std::string>{"Assimi Goita leads Mali",
                                     "Assimi Goita meets-with Vladimir Putin"}));
}

// A slot may ask for a list of at least N names: `S{3}`, typed or not.
TEST(Extractor, ASlotMayAskForAtLeastNNames) {
    test::TempDir dir;
    dir.write("rules.tsv", "trio\tmember-of\tO:organization , a club of S:country{3}\n");
    const Extractor custom({dir.path()});
    const auto of = [&](const std::string& text) {
        std::set<std::string> out;
        for (const auto& f : run(text, custom).facts) {
            if (f.rule == "trio") {
                out.insert(key(f));
            }
        }
        return out;
    };
    EXPECT_EQ(of("They joined Mercosur, a club of Brazil, Paraguay and Uruguay."),
              (std::set<std::string>{"Brazil member-of Mercosur", "Paraguay member-of Mercosur",
                                     "Uruguay member-of Mercosur"}));
    EXPECT_TRUE(of("They joined Mercosur, a club of Brazil and Paraguay.").empty());
}

// "Lagos, the country's largest city": the country is the one named before, in the sentence (as
// a place) or the one before it, not past a paragraph's start.
TEST(Extractor, APlaceDescribedThroughTheCountry) {
    EXPECT_EQ(facts("Nigeria held elections on Saturday. Voting in Lagos, the country's largest "
                    "city, was slow."),
              (std::set<std::string>{"Lagos located-in Nigeria"}));
    EXPECT_EQ(facts("The firm works in the Republic of the Congo, where it runs a terminal at "
                    "Pointe-Noire, the country's main port."),
              (std::set<std::string>{"Pointe-Noire located-in Republic of the Congo"}));
    // In its own sentence, a country that acts is often another's than the place's.
    EXPECT_EQ(facts("The treaty is old. American forces have deployed launchers to Batanes, the "
                    "country's northernmost province."),
              (std::set<std::string>{"United States deploys-to Batanes"}));
    EXPECT_TRUE(facts("Nigeria held elections on Saturday.\n\nVoting in Lagos, the country's "
                      "largest city, was slow.")
                    .empty());
}

// A first name or an honorific ("Shri") before a known person's name that leaves it out is
// part of that person's mention, not a person of its own.
TEST(Extractor, AFirstNameOrHonorificBeforeAKnownPerson) {
    EXPECT_EQ(entities("Dr Mohamed Irfaan Ali, President of Guyana, received the delegation."),
              (std::set<std::string>{"Irfaan Ali:person", "Guyana:country"}));
    EXPECT_EQ(facts("Dr Mohamed Irfaan Ali, President of Guyana, received the delegation."),
              (std::set<std::string>{"Irfaan Ali leads Guyana"}));
    // A judge's "Justice" is left out of a new name, not out of a body's.
    EXPECT_EQ(facts("The Malawi Electoral Commission (MEC) met. Observers called on the "
                    "Chairperson of the MEC, Justice Annabel Mtalimanja."),
              (std::set<std::string>{"Annabel Mtalimanja leads Malawi Electoral Commission"}));
    EXPECT_EQ(entities("The Justice and Development Party won."),
              (std::set<std::string>{"Justice and Development Party:organization"}));
    EXPECT_EQ(facts("It came during the visit of the Prime Minister of India, Shri Narendra "
                    "Modi, to Port Louis."),
              (std::set<std::string>{"Narendra Modi leads India"}));
}

// A question put by a labelled speaker states nothing, whatever the label holds.
TEST(Extractor, AQuestionAfterALongSpeakersLabel) {
    EXPECT_TRUE(facts("Q (Emily Carter, Reuters): Has Minister Gen Nakatani discussed Typhon "
                      "with Secretary Pete Hegseth?")
                    .empty());
    EXPECT_EQ(facts("Q (Emily Carter, Reuters): Gen Nakatani met Pete Hegseth in May, did he?"),
              (std::set<std::string>{"Gen Nakatani meets-with Pete Hegseth"}));
}

// Members named after a framework's kind, after "Member States, among them", and after "As a
// Member State of" (which is no name).
TEST(Extractor, MembersOfAFrameworkAndAmongThem) {
    EXPECT_EQ(facts("The panel examines the Nordic Defence Cooperation (NORDEFCO) framework, whose "
                    "members are Denmark, Finland and Iceland."),
              (std::set<std::string>{"Denmark member-of Nordic Defence Cooperation",
                                     "Finland member-of Nordic Defence Cooperation",
                                     "Iceland member-of Nordic Defence Cooperation"}));
    EXPECT_EQ(facts("Observers came from eleven SADC Member States, among them Angola and "
                    "Botswana."),
              (std::set<std::string>{"Angola member-of SADC", "Botswana member-of SADC"}));
    EXPECT_EQ(facts("As a Member State of SADC, Malawi has a long record of peaceful votes."),
              (std::set<std::string>{"Malawi member-of SADC"}));
}

// "led X to do Y" is what caused it, not who leads X.
TEST(Extractor, LedSomeoneToDoSomething) {
    EXPECT_TRUE(facts("Ibrahim Traore led Burkina Faso to leave ECOWAS.").empty());
    EXPECT_EQ(facts("Ibrahim Traore has led Burkina Faso since 2022."),
              (std::set<std::string>{"Ibrahim Traore leads Burkina Faso"}));
}

// "X, commander of the LNA" heads it; "Hezbollah commander X" is one of its commanders, and
// one of its forces somewhere commands no body.
TEST(Extractor, ABodysCommanderLeadsIt) {
    EXPECT_EQ(facts("Khalifa Haftar, commander of the Libyan National Army (LNA), spoke."),
              (std::set<std::string>{"Khalifa Haftar leads Libyan National Army"}));
    EXPECT_TRUE(facts("Hezbollah commander Fuad Shukr was killed in Beirut.").empty());
    EXPECT_FALSE(facts("Ali Karaki, commander of Hezbollah forces in southern Lebanon, was "
                       "killed.")
                     .contains("Ali Karaki leads Hezbollah"));
    EXPECT_TRUE(facts("Russian commander Sergei Surovikin spoke.").empty());
}

// A person named with an office held before is still met, but leads nothing by that name.
TEST(Extractor, APersonNamedWithAFormerOffice) {
    EXPECT_EQ(facts("William Ruto met then-Prime Minister Garry Conille."),
              (std::set<std::string>{"Garry Conille meets-with William Ruto"}));
    EXPECT_EQ(facts("William Ruto met former Prime Minister Garry Conille."),
              (std::set<std::string>{"Garry Conille meets-with William Ruto"}));
    EXPECT_TRUE(facts("Former President Evo Morales, Bolivia's leader, spoke.").empty());
    EXPECT_EQ(facts("The Maldivian Democratic Party, now led by former foreign minister Abdulla "
                    "Shahid, has struggled."),
              (std::set<std::string>{"Abdulla Shahid leads Maldivian Democratic Party"}));
}

// "who" after an apposition that names a person's office is the person's.
TEST(Extractor, WhoAfterAPersonsOfficeIsThePersons) {
    EXPECT_EQ(facts("Khalifa Haftar, commander of the Libyan National Army (LNA), who is backed "
                    "by Egypt, spoke."),
              (std::set<std::string>{"Khalifa Haftar leads Libyan National Army",
                                     "Egypt supports Khalifa Haftar"}));
}

// A place stays where it is whatever the clause before it negates; a negation inside the match
// still counts.
TEST(Extractor, APlaceIsWhereItIsUnderANegationBeforeIt) {
    EXPECT_EQ(facts("Do not travel to Libya's southern Fezzan region."),
              (std::set<std::string>{"Fezzan located-in Libya"}));
    EXPECT_EQ(facts("Russia did not strike Ukraine's Kharkiv region."),
              (std::set<std::string>{"Kharkiv located-in Ukraine"}));
    EXPECT_TRUE(facts("Goma is not in Rwanda.").empty());
}

// An apposition describes a name wherever it stands, after a preposition too; but a country
// named after "in" is where a body works, not what its head leads.
TEST(Extractor, AnAppositionAfterAPreposition) {
    EXPECT_EQ(facts("Most gangs operate under Viv Ansanm, a coalition formed in September 2023 and "
                    "led by Jimmy Cherizier."),
              (std::set<std::string>{"Jimmy Cherizier leads Viv Ansanm"}));
    // Past a translation quoted in brackets.
    EXPECT_EQ(facts("Gangs operate under Viv Ansanm (\"Living Together\"), a coalition formed in "
                    "2023 and led by Jimmy Cherizier."),
              (std::set<std::string>{"Jimmy Cherizier leads Viv Ansanm"}));
    EXPECT_EQ(facts("They belong to the Border Defence Movement, a group led by activist Robert "
                    "Bakiewicz."),
              (std::set<std::string>{"Robert Bakiewicz leads Border Defence Movement"}));
    EXPECT_TRUE(facts("The UN Verification Mission in Colombia, headed by Carlos Ruiz Massieu, "
                      "spoke.")
                    .empty());
}

// Cooperation in joint patrols, a deployment named by its noun, goods that flow, and a place
// that is now a country's.
TEST(Extractor, JointPatrolsDeploymentsByAndGoodsThatFlow) {
    EXPECT_EQ(facts("The Council welcomes the joint patrols conducted by the navies of Ghana, Togo "
                    "and Benin."),
              (std::set<std::string>{"Ghana cooperates-with Togo", "Benin cooperates-with Ghana",
                                     "Benin cooperates-with Togo"}));
    EXPECT_EQ(facts("It welcomes the deployment by Nigeria of two offshore patrol vessels to the "
                    "waters around Equatorial Guinea."),
              (std::set<std::string>{"Nigeria deploys-to Equatorial Guinea"}));
    EXPECT_EQ(facts("Bolivia's natural gas flowed to Argentina and Brazil."),
              (std::set<std::string>{"Bolivia supplies Argentina", "Bolivia supplies Brazil"}));
    EXPECT_EQ(facts("They took Kaliningrad, now Russia's westernmost city."),
              (std::set<std::string>{"Kaliningrad located-in Russia"}));
}

// "his predecessor, X," names a person; a treaty ally is an ally; "jointly with neighbouring X".
TEST(Extractor, PredecessorsTreatyAlliesAndNeighbours) {
    EXPECT_EQ(facts("Bassirou Diomaye Faye has accused his predecessor, Macky Sall, of lying."),
              (std::set<std::string>{"Bassirou Diomaye Faye criticizes Macky Sall"}));
    EXPECT_EQ(facts("Second, Thailand is a treaty ally of the United States."),
              (std::set<std::string>{"Thailand allied-with United States"}));
    EXPECT_EQ(facts("The field, which Senegal develops jointly with neighbouring Mauritania, "
                    "shipped its first cargo."),
              (std::set<std::string>{"Mauritania cooperates-with Senegal"}));
}

// An aside opened by "through" or "via" is read past.
TEST(Extractor, AnAsideThroughWhatItActs) {
    EXPECT_TRUE(facts("The European Union, through its Coordinated Maritime Presences "
                      "initiative, has supplied patrol craft to Ghana.")
                    .contains("European Union supplies Ghana"));
    EXPECT_TRUE(facts("Qatar, via its sovereign fund, has supplied loans to Sudan.")
                    .contains("Qatar supplies Sudan"));
}

// "the Security Council of the United Nations" is the Council; a court that directs a state to
// act urges it.
TEST(Extractor, TheCouncilOfTheUnitedNationsAndACourtThatDirects) {
    EXPECT_EQ(facts("Guyana urges the Security Council of the United Nations to act."),
              (std::set<std::string>{"Guyana urges UN Security Council"}));
    EXPECT_EQ(facts("The ICJ, by its Order of 1 December 2023, directed Venezuela to refrain from "
                    "any action."),
              (std::set<std::string>{"ICJ urges Venezuela"}));
}

// "the Rt Hon" is a style, as "the Right Honourable" is, and no name.
TEST(Extractor, TheRtHonIsAStyle) {
    EXPECT_EQ(entities("The Prime Minister of the United Kingdom, the Rt Hon Sir Keir Starmer KC "
                       "MP, spoke."),
              (std::set<std::string>{"Keir Starmer:person", "United Kingdom:country"}));
    EXPECT_EQ(facts("The Prime Minister of the United Kingdom, the Rt Hon Keir Starmer, spoke."),
              (std::set<std::string>{"Keir Starmer leads United Kingdom"}));
}

// What two run jointly, they cooperate on.
TEST(Extractor, OperatedJointlyByAPair) {
    EXPECT_EQ(facts("The island hosts a base operated jointly by the United Kingdom and the "
                    "United States."),
              (std::set<std::string>{"United Kingdom cooperates-with United States"}));
}

// What the review of this session's change found too wide, each now read narrowly.
TEST(Extractor, GivesNoneOfTheWrongFactsTheThirtiethReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong{
        {"Prospective NATO members, including Ukraine and Georgia, attended the summit.",
         "Ukraine member-of NATO"},
        {"Former Warsaw Pact members, including Poland and Hungary, spoke.",
         "Poland member-of Warsaw Pact"},
        {"Pituffik, America's northernmost military base, lies in Greenland.",
         "Pituffik located-in United States"},
        {"The attack was condemned by Antonio Guterres, and also by the African Union, who "
         "urged Rwanda to withdraw its troops.",
         "Antonio Guterres urges Rwanda"},
        {"Turkey sells drones to Ethiopia and Somalia, which have signed a defence pact with "
         "Ankara.",
         "Ethiopia allied-with Somalia"},
        {"Ethiopia and Somalia have signed a defence pact with Turkey.",
         "Ethiopia allied-with Somalia"},
        {"After talks in Qatar, the Afghan delegation travelled to Taloqan, the country's "
         "largest city.",
         "Taloqan located-in Qatar"},
        {"Ararat Mirzoyan met his Azerbaijani counterpart Jeyhun Bayramov in Abu Dhabi, United "
         "Arab Emirates, where the two sides discussed the treaty.",
         "Azerbaijan meets-with United Arab Emirates"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> kept{
        {"Russia supplies Iran with drones, analysts say: is Europe ready for this?",
         "Russia supplies Iran"},
        {"Former Prime Minister Imran Khan leads Pakistan Tehreek-e-Insaf.",
         "Imran Khan leads Pakistan Tehreek-e-Insaf"},
        {"NATO members, including Poland and Romania, met.", "Poland member-of NATO"},
    };
    for (const auto& [text, fact] : kept) {
        EXPECT_TRUE(facts(text).contains(fact)) << text << " -> " << fact;
    }
}

// A blow struck with tariffs or sanctions is no fight.
TEST(Extractor, HitWithTariffsIsNoFight) {
    EXPECT_TRUE(facts("EU hits Chinese electric vehicles with tariffs as Beijing threatens "
                      "retaliation\n\nThe EU hit China with tariffs.")
                    .empty());
    EXPECT_EQ(facts("The United States hit Iran with new sanctions on Monday."),
              (std::set<std::string>{"United States sanctions Iran"}));
    EXPECT_EQ(facts("Israel hit Hezbollah with airstrikes."),
              (std::set<std::string>{"Israel fights Hezbollah"}));
}

// A subject's apposition and an object's title phrase in one sentence are both read past.
TEST(Extractor, AnAppositionAndATitlePhraseInOneSentence) {
    EXPECT_EQ(facts("Irfaan Ali, President of Guyana, received the Secretary-General of CARICOM, "
                    "Dr Carla Barnett, later."),
              (std::set<std::string>{"Irfaan Ali leads Guyana", "Carla Barnett leads CARICOM",
                                     "Carla Barnett meets-with Irfaan Ali"}));
}

// One unknown word is a place before a lower-case "island" (named without it; an island's name
// in capitals keeps the word) and after "around" when the text places it; a region's capital
// lies in the region.
TEST(Extractor, IslandsPlacesAroundAndARegionsCapital) {
    EXPECT_EQ(facts("Ships patrolled the waters around Equatorial Guinea's Bioko island."),
              (std::set<std::string>{"Bioko located-in Equatorial Guinea"}));
    EXPECT_EQ(entities("The UK tested bombs at Christmas Island."),
              (std::set<std::string>{"United Kingdom:country", "Christmas Island:location"}));
    EXPECT_EQ(facts("Compounds around Myawaddy, in Myanmar's Kayin State, were cut off."),
              (std::set<std::string>{"Myawaddy located-in Kayin", "Kayin located-in Myanmar"}));
    EXPECT_EQ(facts("They reached Goma, the North Kivu provincial capital."),
              (std::set<std::string>{"Goma located-in North Kivu"}));
    EXPECT_TRUE(facts("They reached Kyiv, the Ukrainian capital.").empty());
}

// A demonym and a force of two words name a body of its own; a state's ministry stays the
// state's.
TEST(Extractor, ADemonymsNationalPoliceIsABody) {
    EXPECT_EQ(facts("Canada has supplied armored vehicles to the Haitian National Police (HNP)."),
              (std::set<std::string>{"Canada supplies Haitian National Police"}));
    EXPECT_EQ(entities("The Russian Defence Ministry said."),
              (std::set<std::string>{"Russia:country"}));
}

// What one buys from another, the other supplies; what is stationed at a place is deployed
// there; patrol boats based on an island are deployed there.
TEST(Extractor, BoughtFromAndStationedAt) {
    EXPECT_EQ(facts("Thailand bought F-16s from the United States."),
              (std::set<std::string>{"United States supplies Thailand"}));
    EXPECT_EQ(facts("Beijing has stationed coast guard vessels at Scarborough Shoal since 2012."),
              (std::set<std::string>{"China deploys-to Scarborough Shoal"}));
    EXPECT_EQ(facts("Australian patrol boats are now based on Manus Island."),
              (std::set<std::string>{"Australia deploys-to Manus Island"}));
}

// Another of a known entity's names in brackets is part of its mention; a facility extended is
// credit.
TEST(Extractor, AKnownNameWithItsOtherNameInBrackets) {
    EXPECT_EQ(facts("The African Export-Import Bank (Afreximbank) has extended a bridge facility "
                    "to Dakar."),
              (std::set<std::string>{"Afreximbank supplies Senegal"}));
}

// Heads of state and government the lexicon names, with their titles' homes.
TEST(Extractor, MoreHeadsOfStateInThePeopleList) {
    EXPECT_EQ(facts("The Netherlands hosted him. He was welcomed by King Willem-Alexander."),
              (std::set<std::string>{"Willem-Alexander leads Netherlands"}));
    EXPECT_EQ(facts("Vanuatu signed. Prime Minister Jotham Napat spoke."),
              (std::set<std::string>{"Jotham Napat leads Vanuatu"}));
}

// A de facto leader leads; a leader of another kind ("paramilitary") heads another body.
TEST(Extractor, ADeFactoLeader) {
    EXPECT_EQ(facts("Sudan's de facto leader, army chief Abdel Fattah al-Burhan, was not there."),
              (std::set<std::string>{"Abdel Fattah al-Burhan leads Sudan"}));
    EXPECT_FALSE(facts("Sudan's paramilitary leader, Mohamed Hamdan Dagalo, spoke.")
                     .contains("Mohamed Hamdan Dagalo leads Sudan"));
}

// The Niger Delta is a place of Nigeria's, not the country Niger.
TEST(Extractor, TheNigerDelta) {
    EXPECT_EQ(facts("Piracy persists off Nigeria's Niger Delta and in Nigeria's Bayelsa State."),
              (std::set<std::string>{"Niger Delta located-in Nigeria",
                                     "Bayelsa located-in Nigeria"}));
}

// Listing a group as a terrorist one sanctions it, as designating it does.
TEST(Extractor, ListedAsATerroristGroup) {
    EXPECT_EQ(facts("The EU listed Hamas as a terrorist organisation."),
              (std::set<std::string>{"European Union sanctions Hamas"}));
    EXPECT_TRUE(facts("The UK listed Iran as a partner.").empty());
}

// A country's ambassador to a body speaks for the country; the body does nothing.
TEST(Extractor, AnAmbassadorToABodySpeaksForTheCountry) {
    EXPECT_EQ(facts("Sudan's UN ambassador accused the United Arab Emirates of arming the RSF."),
              (std::set<std::string>{"Sudan criticizes United Arab Emirates",
                                     "United Arab Emirates supplies Rapid Support Forces"}));
    EXPECT_EQ(facts("Iran's IAEA envoy condemned Israel."),
              (std::set<std::string>{"Iran criticizes Israel"}));
    // A body that acts itself still does.
    EXPECT_EQ(facts("The UN condemned Israel."),
              (std::set<std::string>{"United Nations criticizes Israel"}));
}

// A relative clause whose verb is plural is the whole list's, with an article before any name
// of it and wherever the list stands; after a comma alone the article opens an apposition.
TEST(Extractor, APluralClauseAfterAListWithArticles) {
    EXPECT_EQ(facts("Lenders such as the World Bank and the African Development Bank, both of "
                    "which have lent heavily to Zambia, held most of it."),
              (std::set<std::string>{"World Bank supplies Zambia",
                                     "African Development Bank supplies Zambia"}));
    EXPECT_EQ(facts("Kabul shelters fighters of the TTP, the Pakistani Taliban, who have killed "
                    "hundreds of Pakistani soldiers."),
              (std::set<std::string>{"Tehreek-e-Taliban Pakistan fights Pakistan"}));
}

// Where and when an accusation was made may stand between the accused and the deed.
TEST(Extractor, AnAccusationsPlaceOrTimeBeforeTheDeed) {
    EXPECT_EQ(facts("Sudan accused the UAE at the Security Council of supplying drones to the "
                    "RSF."),
              (std::set<std::string>{"Sudan criticizes United Arab Emirates",
                                     "United Arab Emirates supplies Rapid Support Forces"}));
    EXPECT_EQ(facts("Kinshasa accused Rwanda on Monday of backing the M23 rebels."),
              (std::set<std::string>{"Democratic Republic of the Congo criticizes Rwanda",
                                     "Rwanda supports M23"}));
    // Not past a noun that is no deed: "of Goma" says where.
    EXPECT_EQ(facts("Kinshasa accused Rwanda in the east of Goma."),
              (std::set<std::string>{"Democratic Republic of the Congo criticizes Rwanda"}));
}

// A word in capitals that the lexicon does not know, alone inside a sentence, is a body's
// acronym; not a label, a heading's word, one that qualifies a noun or one a common noun names.
TEST(Extractor, AnUnknownAcronymIsABody) {
    EXPECT_EQ(facts("Bangladesh is a member of both SAARC and BIMSTEC."),
              (std::set<std::string>{"Bangladesh member-of SAARC",
                                     "Bangladesh member-of BIMSTEC"}));
    EXPECT_EQ(facts("Pakistan accused NHPC of flushing sediment."),
              (std::set<std::string>{"Pakistan criticizes NHPC"}));
    EXPECT_EQ(entities("FACT CHECK | Did Peru join? MAMANI: Peru signed. Chile hosted the UNITAS "
                       "exercises. Finland sent the minelayer UUSIMAA to sea. URA leader Ana "
                       "Lopez spoke. We will NOT accept it, Chile said."),
              (std::set<std::string>{"Peru:country", "Chile:country", "Finland:country",
                                     "Ana Lopez:person"}));
    // One the text defines in brackets after a name is that name's, even where used first.
    EXPECT_EQ(entities("The EU sanctioned MOGE. Myanma Oil and Gas Enterprise (MOGE) denied it."),
              (std::set<std::string>{"European Union:organization",
                                     "Myanma Oil and Gas Enterprise:organization"}));
}

// The second name of a pair after a known place is a place when both are placed in an aside.
TEST(Extractor, BothPlacedInAnAside) {
    EXPECT_EQ(facts("The storm struck the Lau Islands and Kadavu, both in Fiji, at night."),
              (std::set<std::string>{"Lau Islands located-in Fiji", "Kadavu located-in Fiji"}));
}

// How news states that a pair works together: patrols run or made together, an agreement the
// pair has, and an island named as a country's main one.
TEST(Extractor, APairThatPatrolsOrHasAnAgreement) {
    EXPECT_EQ(facts("Ghana and Togo have run joint patrols since 2022."),
              (std::set<std::string>{"Ghana cooperates-with Togo"}));
    EXPECT_EQ(facts("Nigeria and Benin have patrolled their shared waters together since 2011."),
              (std::set<std::string>{"Benin cooperates-with Nigeria"}));
    EXPECT_EQ(facts("Bolivia and Russia have a nuclear cooperation agreement."),
              (std::set<std::string>{"Bolivia cooperates-with Russia"}));
    EXPECT_EQ(facts("Peru and Chile have a free trade agreement with China."),
              (std::set<std::string>{"China cooperates-with Peru", "Chile cooperates-with China"}));
    EXPECT_EQ(facts("At Nadi, on Fiji's main island of Viti Levu, passengers may connect."),
              (std::set<std::string>{"Viti Levu located-in Fiji"}));
}

// A name written with a stroke letter is the same name written without it.
TEST(Extractor, ANameWithAStrokeLetterMatchesItsPlainForm) {
    EXPECT_EQ(extract::comparable_name("Lars L\u00F8kke Rasmussen"),
              extract::comparable_name("Lars Lokke Rasmussen"));
}

// "The junta" is the country whose junta the text named or first resolved, not the country
// named nearest, nor one whose office holder speaks of it.
TEST(Extractor, TheJuntaIsTheCountryWhoseJuntaTheTextNamed) {
    EXPECT_EQ(facts("Myanmar's military junta bombed Kayin. Refugees fled to Bangladesh, and the "
                    "junta receives arms from Russia."),
              (std::set<std::string>{"Russia supplies Myanmar"}));
    EXPECT_EQ(facts("Malaysia's Prime Minister, Anwar Ibrahim, urged the junta to talk."),
              (std::set<std::string>{"Anwar Ibrahim leads Malaysia"}));
}

// The acronym in brackets after a new name takes in a known name before it whose initials it
// starts with.
TEST(Extractor, AnAcronymTakesInTheKnownNameItsInitialsStartWith) {
    EXPECT_EQ(facts("The Central American Bank for Economic Integration (CABEI) lent US$312 "
                    "million to Nicaragua."),
              (std::set<std::string>{
                  "Central American Bank for Economic Integration supplies Nicaragua"}));
}

// "the" title in apposition after a person is that person's when the next name has a title
// of its own; in a list of possessive offices the office is the next name's.
TEST(Extractor, ATitleInAppositionBeforeAnotherTitledName) {
    EXPECT_EQ(facts("The signatories were Colonel Muammar Gaddafi, the Libyan leader, President "
                    "Zine El Abidine Ben Ali of Tunisia and others."),
              (std::set<std::string>{"Muammar Gaddafi leads Libya",
                                     "Zine El Abidine Ben Ali leads Tunisia"}));
    EXPECT_TRUE(facts("In Niamey, Tiani, Mali's president, General Assimi Goita, and others met.")
                    .contains("Assimi Goita leads Mali"));
}

// A titled name's regnal number is part of the name.
TEST(Extractor, ARegnalNumberIsPartOfTheName) {
    EXPECT_EQ(facts("King Hassan II of Morocco signed the treaty."),
              (std::set<std::string>{"Hassan II leads Morocco"}));
}

// What an aside says others share, they do: ", like A and B," and ", followed by A and B".
TEST(Extractor, WhatOthersAreSaidToShare) {
    EXPECT_EQ(facts("Malaysia, like Thailand and Cambodia, is a member of ASEAN."),
              (std::set<std::string>{"Malaysia member-of ASEAN", "Thailand member-of ASEAN",
                                     "Cambodia member-of ASEAN"}));
    EXPECT_EQ(facts("Kenya deployed the first police officers to Haiti, followed by Jamaica and "
                    "Guatemala."),
              (std::set<std::string>{"Kenya deploys-to Haiti", "Jamaica deploys-to Haiti",
                                     "Guatemala deploys-to Haiti"}));
    // Not what the aside does not share: "unlike".
    EXPECT_EQ(facts("Malaysia, unlike Myanmar, is a member of the Commonwealth."),
              (std::set<std::string>{"Malaysia member-of Commonwealth"}));
}

// Sanctions stated in an object's relative clause, and measures imposed on one by another.
TEST(Extractor, SanctionsInARelativeClause) {
    EXPECT_EQ(facts("The militia is led by Saw Chit Thu, whom the United States and the United "
                    "Kingdom have both sanctioned."),
              (std::set<std::string>{"United States sanctions Saw Chit Thu",
                                     "United Kingdom sanctions Saw Chit Thu"}));
    EXPECT_EQ(facts("It was run by the National Iranian Tanker Company (NITC), a firm that "
                    "Washington and London have all placed under sanctions."),
              (std::set<std::string>{"United States sanctions National Iranian Tanker Company",
                                     "United Kingdom sanctions National Iranian Tanker Company"}));
    EXPECT_EQ(facts("The coercive measures imposed on Nicaragua by the United States go on."),
              (std::set<std::string>{"United States sanctions Nicaragua"}));
    // Not a place the relative clause follows.
    EXPECT_FALSE(facts("It is run by Sea Lantern, a firm registered in Dubai, in the United Arab "
                       "Emirates, which the United States sanctioned in March.")
                     .contains("United States sanctions United Arab Emirates"));
}

// Equipping supplies, alone or with training; goods shipped by one to another; an armed
// body's commander named in its relative clause leads it.
TEST(Extractor, EquippingShippingAndAWhoseCommander) {
    EXPECT_EQ(facts("Italy, which equips and trains the Libyan army, reports departures."),
              (std::set<std::string>{"Italy supplies Libya", "Italy supports Libya"}));
    EXPECT_EQ(facts("Turkey trains and equips the Somali army."),
              (std::set<std::string>{"Turkey supplies Somalia"}));
    EXPECT_EQ(facts("Drones were supplied by Iran to the Houthis."),
              (std::set<std::string>{"Iran supplies Houthis"}));
    EXPECT_TRUE(facts("Egypt backs the LNA, whose commander is Khalifa Haftar.")
                    .contains("Khalifa Haftar leads Libyan National Army"));
}

// Names called in words of reproach, with an intensifier before them.
TEST(Extractor, NamesCalledWithAnIntensifiedReproach) {
    EXPECT_EQ(facts("The Kremlin calls Yerevan's move \"extremely hostile\"."),
              (std::set<std::string>{"Russia criticizes Armenia"}));
    EXPECT_EQ(facts("Pyongyang called Seoul \"the most hostile state\"."),
              (std::set<std::string>{"North Korea criticizes South Korea"}));
    EXPECT_TRUE(facts("Seoul called Tokyo a very close partner.").empty());
}

// A predicate coordinated after a time phrase is the subject's too.
TEST(Extractor, APredicateAfterAndAndATimePhrase) {
    EXPECT_TRUE(facts("President Irfaan Ali received Carla Barnett later the same day, and on 12 "
                      "June held talks with Albert Ramdin.")
                    .contains("Albert Ramdin meets-with Irfaan Ali"));
    EXPECT_EQ(facts("Kenya signed the deal and last week sent troops to Haiti."),
              (std::set<std::string>{"Kenya deploys-to Haiti"}));
    // Not a noun after the phrase: "and in May troops".
    EXPECT_TRUE(facts("Kenya signed the deal and in May the troops went home.").empty());
}

// A sea or an ocean lies in no country or region; a port named with its sea is the country's.
TEST(Extractor, ASeaLiesInNoCountry) {
    EXPECT_EQ(facts("Israel struck targets in Hodeidah, Yemen's main Red Sea port."),
              (std::set<std::string>{"Hodeidah located-in Yemen"}));
    EXPECT_EQ(facts("The river reaches the Pacific in Peru's Tumbes region."),
              (std::set<std::string>{"Tumbes located-in Peru"}));
}

// An apposition opened by "our" is read past, and one that calls the name a neighbour and a
// member makes it a member.
TEST(Extractor, AnAppositionOpenedByOur) {
    EXPECT_EQ(facts("Croatia, our neighbour and a member of both the European Union and NATO, "
                    "supported Montenegro."),
              (std::set<std::string>{"Croatia member-of European Union", "Croatia member-of NATO",
                                     "Croatia supports Montenegro"}));
}

// An unknown name before ", Country" that closes the phrase is a place, after any word.
TEST(Extractor, ANameBeforeACountryThatClosesThePhraseIsAPlace) {
    EXPECT_EQ(facts("The ship sailed from Mersin, Turkey, on 14 November."),
              (std::set<std::string>{"Mersin located-in Turkey"}));
    EXPECT_EQ(facts("Koh Kong, Cambodia -- Thai and Cambodian army commanders met."),
              (std::set<std::string>{"Koh Kong located-in Cambodia",
                                     "Cambodia meets-with Thailand"}));
    // Not a name in a list of countries.
    EXPECT_TRUE(entities("Sanctions hit Zorbas, Turkey, and Iran.").count("Zorbas:location") == 0);
}

// Goods delivered that another ordered are supplied to it.
TEST(Extractor, GoodsDeliveredThatAnotherOrdered) {
    EXPECT_EQ(facts("France is delivering 42 Rafale jets ordered by Indonesia."),
              (std::set<std::string>{"France supplies Indonesia"}));
}

// A pair's agents that cooperate make the pair cooperate.
TEST(Extractor, APairsAgentsCooperate) {
    EXPECT_EQ(facts("Thai and Chinese police are cooperating to move the workers."),
              (std::set<std::string>{"China cooperates-with Thailand"}));
}

// "who met" with no one after it is a meeting of the pair before it.
TEST(Extractor, APairWhoMet) {
    EXPECT_EQ(facts("Mr Noboa said Daniel Noboa and Dina Boluarte, who met at the border last "
                    "year, would not meet again."),
              (std::set<std::string>{"Daniel Noboa meets-with Dina Boluarte"}));
}

// Review 32: readings of this session's changes that were too wide, each mended.
TEST(Extractor, WhatTheThirtySecondReviewFound) {
    // A weapon system's acronym is no body.
    EXPECT_TRUE(facts("Russia warned that the deployment of HIMARS in Poland would be a threat "
                      "to its security.")
                    .empty());
    // "followed by" ranks what the predicate names unless the subject came first.
    EXPECT_EQ(facts("India imports most of its weapons from Russia, followed by France and "
                    "Israel."),
              (std::set<std::string>{"Russia supplies India"}));
    // A body's spokesman speaks for the body, not the country before it.
    EXPECT_EQ(facts("Russia's Gazprom spokesman accused Ukraine of stealing gas."),
              (std::set<std::string>{"Gazprom criticizes Ukraine"}));
    // A plural verb alone gives the list that opens a clause; ", and" joins clauses.
    EXPECT_FALSE(facts("The United States sanctioned Iran and the Houthis, who have fired "
                       "missiles at Israel.")
                     .contains("Iran fights Israel"));
    EXPECT_TRUE(facts("Israel struck Yemen, and the Houthis, who have fired missiles at Israel, "
                      "vowed revenge.")
                    .contains("Houthis fights Israel"));
    // A word in -s after a time phrase may be a noun.
    EXPECT_EQ(facts("Russia struck Odesa overnight, and in May talks with Ukraine collapsed."),
              (std::set<std::string>{}));
    // Two juntas named, neither is sure: "the junta" is none of them.
    EXPECT_FALSE(facts("ASEAN again urged Myanmar's junta to end the violence. In West Africa, "
                       "Mali's military rulers expelled French troops. ECOWAS urged the junta "
                       "to hold elections.")
                     .contains("ECOWAS urges Myanmar"));
    // A person's name before ", Country" is no place.
    EXPECT_TRUE(facts("The medal went to Faith Kipyegon, Kenya, who beat Gudaf Tsegay, Ethiopia, "
                      "in the final.")
                    .empty());
    // Equipping a thing supplies no one.
    EXPECT_TRUE(facts("Israel equipped the Iron Dome with new interceptors.").empty());
}

// Troops or ships sent to a place by a country are its deployment; a letter is not.
TEST(Extractor, TroopsSentToAPlaceByACountry) {
    EXPECT_EQ(facts("Troops deployed to Haiti by Kenya have begun patrols."),
              (std::set<std::string>{"Kenya deploys-to Haiti"}));
    EXPECT_TRUE(facts("A letter sent to Iran by the EU was ignored.").empty());
}

// Operations carried out against a group are fighting it.
TEST(Extractor, OperationsAgainstAGroup) {
    EXPECT_EQ(facts("The Senegalese army carried out operations against the MFDC near Bignona."),
              (std::set<std::string>{"Senegal fights MFDC"}));
    EXPECT_TRUE(facts("Shell carried out operations in Nigeria.").empty());
}

// A relative clause read past "in turn" and an aside of whose claim it is.
TEST(Extractor, ARelativeClausePastInTurnAndAClaimant) {
    EXPECT_EQ(facts("Money went to the IRGC, which in turn, Washington says, arms Yemen's "
                    "Houthis."),
              (std::set<std::string>{"IRGC supplies Houthis"}));
}

// Two deeds an accusation joins are both the accused's: "of arming and backing".
TEST(Extractor, AnAccusationOfTwoJoinedDeeds) {
    EXPECT_EQ(facts("Kinshasa accuses Kigali of arming and backing the M23, the rebel movement."),
              (std::set<std::string>{"Democratic Republic of the Congo criticizes Rwanda",
                                     "Rwanda supplies M23", "Rwanda supports M23"}));
}

// A name after "lies" and placed in a known place is a place.
TEST(Extractor, ANameThatLiesInAKnownPlace) {
    EXPECT_TRUE(facts("Across the Moei lies Myawaddy, in Myanmar's Kayin State, and shelling was "
                      "heard.")
                    .contains("Myawaddy located-in Kayin"));
}

// A name troops are sent to is a place; one a letter is sent to is not.
TEST(Extractor, ANameTroopsAreSentToIsAPlace) {
    EXPECT_EQ(facts("The Myanmar military has sent fresh battalions to Myawaddy."),
              (std::set<std::string>{"Myanmar deploys-to Myawaddy"}));
    EXPECT_EQ(entities("Kenya sent a letter to Zorbak."), (std::set<std::string>{"Kenya:country"}));
}

// Villages or camps a group holds, attacked, are the group fought.
TEST(Extractor, AttackingVillagesAGroupHolds) {
    EXPECT_TRUE(facts("The Myanmar military has sent battalions to Myawaddy and is bombing "
                      "villages held by the Karen National Union.")
                    .contains("Myanmar fights Karen National Union"));
}

// A country's closest ally named as such is its ally; a pair's treaty of alliance "with each
// other" is theirs, even where the pair is another's object.
TEST(Extractor, AClosestAllyAndATreatyWithEachOther) {
    EXPECT_EQ(facts("Russia's closest ally is Belarus."),
              (std::set<std::string>{"Belarus allied-with Russia"}));
    EXPECT_TRUE(facts("Russia's former ally is Georgia.").empty());
    EXPECT_EQ(facts("In that war Chile fought Bolivia and Peru, which had signed a secret treaty "
                    "of alliance with each other in 1873."),
              (std::set<std::string>{"Chile fights Bolivia", "Chile fights Peru",
                                     "Bolivia allied-with Peru"}));
}

// "condemns in the strongest terms" condemns.
TEST(Extractor, CondemnsInTheStrongestTerms) {
    EXPECT_EQ(facts("Kenya condemned in the strongest terms the Houthis."),
              (std::set<std::string>{"Kenya criticizes Houthis"}));
}

// Goods handed over in the passive, with the giver after "by" before or after the receiver; a
// letter sent is no supply.
TEST(Extractor, GoodsSuppliedToOneByAnother) {
    EXPECT_EQ(facts("Two patrol boats delivered to Ghana by the Dutch shipbuilder Damen arrived."),
              (std::set<std::string>{"Damen supplies Ghana"}));
    EXPECT_EQ(facts("The howitzers sold by South Korea to Poland arrived."),
              (std::set<std::string>{"South Korea supplies Poland"}));
    EXPECT_TRUE(facts("The letter was sent to Kenya by Uganda.").empty());
}

// Money deposited with a central bank supplies its country, or the bank the text names.
TEST(Extractor, MoneyDepositedWithACentralBank) {
    EXPECT_EQ(facts("Qatar has deposited $2 billion in Egypt's central bank."),
              (std::set<std::string>{"Qatar supplies Egypt"}));
    EXPECT_EQ(facts("Saudi Arabia deposited a further $500 million with the Central Bank of "
                    "Yemen."),
              (std::set<std::string>{"Saudi Arabia supplies Central Bank of Yemen"}));
}

// A word in capitals after a word for a body is the body's name, whatever verb follows; one
// after another common noun is not.
TEST(Extractor, AnAcronymAfterAWordForABody) {
    EXPECT_EQ(facts("The Hungarian group MOL sells fuel to Serbia."),
              (std::set<std::string>{"MOL supplies Serbia"}));
    EXPECT_EQ(entities("Estonia sent the minelayer UUSIMAA to Finland."),
              (std::set<std::string>{"Estonia:country", "Finland:country"}));
}

// A name ending in "State" or opening with "Port" is a place; a hyphenated direction may
// stand before the place a name lies in.
TEST(Extractor, StatesPortsAndHyphenatedDirections) {
    EXPECT_EQ(facts("Gunmen attacked a convoy in Nigeria's Kaduna State."),
              (std::set<std::string>{"Kaduna located-in Nigeria"}));
    EXPECT_EQ(facts("The trucks reached Malaysia's Port Klang."),
              (std::set<std::string>{"Port Klang located-in Malaysia"}));
    EXPECT_EQ(facts("Denmark upgraded Pituffik Space Base in north-west Greenland."),
              (std::set<std::string>{"Pituffik Space Base located-in Greenland"}));
}

// An adverb of manner after a verb is read past; a rule that names one still reads it.
TEST(Extractor, AnAdverbOfMannerAfterTheVerb) {
    EXPECT_EQ(facts("Uzbekistan has warned publicly of the threat posed by the Taliban."),
              (std::set<std::string>{"Uzbekistan warns-of Taliban"}));
    EXPECT_EQ(facts("Ukraine has protested loudly to Iran."),
              (std::set<std::string>{"Ukraine criticizes Iran"}));
    EXPECT_EQ(facts("Argentina runs the dam jointly with Paraguay."),
              (std::set<std::string>{"Argentina cooperates-with Paraguay"}));
    EXPECT_TRUE(facts("Uzbekistan has warned publicly that nothing will change.").empty());
}

// A demonym a prefix joins names no country: "Inter-American" is no mention of the United
// States. The lexicon knows the regional banks and bodies by their acronyms.
TEST(Extractor, ADemonymAfterAPrefixAndRegionalBodies) {
    EXPECT_EQ(facts("The Inter-American Dialogue criticised Nicaragua."),
              (std::set<std::string>{"Inter-American Dialogue criticizes Nicaragua"}));
    EXPECT_EQ(facts("The IDB lent Peru $500 million."),
              (std::set<std::string>{"Inter-American Development Bank supplies Peru"}));
    EXPECT_EQ(facts("Kazakhstan is a member of the OTS."),
              (std::set<std::string>{"Kazakhstan member-of Organization of Turkic States"}));
}

// A date before a list that opens the sentence ends the opening phrase, so the list is
// whole; a journey to meet is a meeting, and so is a guest received somewhere by a host.
TEST(Extractor, ListsAfterADateJourneysToMeetAndGuestsReceivedSomewhere) {
    EXPECT_EQ(
        facts("In 2022 Kenya, Uganda and Tanzania signed a roadmap."),
        (std::set<std::string>{"Kenya cooperates-with Uganda", "Kenya cooperates-with Tanzania",
                               "Tanzania cooperates-with Uganda"}));
    EXPECT_TRUE(facts("William Ruto flew to Kampala to meet Yoweri Museveni.")
                    .contains("William Ruto meets-with Yoweri Museveni"));
    EXPECT_TRUE(facts("William Ruto was received in Kampala by Yoweri Museveni.")
                    .contains("William Ruto meets-with Yoweri Museveni"));
    EXPECT_FALSE(facts("William Ruto flew to Kampala but failed to meet Yoweri Museveni.")
                     .contains("William Ruto meets-with Yoweri Museveni"));
}

// A country's solidarity with another, or its support for another's unity, named with a
// possessive; money transferred to a body; talks held by one with another; a place in "the
// emirate of" another.
TEST(Extractor, SolidarityTransfersTalksHeldByAndEmirates) {
    EXPECT_EQ(facts("The cabinet reaffirmed Kuwait's full solidarity with the State of Qatar."),
              (std::set<std::string>{"Kuwait supports Qatar"}));
    EXPECT_EQ(facts("It stressed Kenya's support for the unity and sovereignty of Somalia."),
              (std::set<std::string>{"Kenya supports Somalia"}));
    EXPECT_EQ(facts("Kuwait had transferred two million dollars to UNRWA."),
              (std::set<std::string>{"Kuwait supplies UNRWA"}));
    EXPECT_TRUE(facts("He reported on the talks held by William Ruto with Yoweri Museveni.")
                    .contains("William Ruto meets-with Yoweri Museveni"));
    EXPECT_EQ(
        facts("The firms are registered in the Hamriyah Free Zone in the emirate of Sharjah."),
        (std::set<std::string>{"Hamriyah Free Zone located-in Sharjah"}));
}

// A relative clause after an apposition opened by "an", or one whose words hold a name that
// qualifies a noun, is the name's before the apposition.
TEST(Extractor, ARelativeClauseAfterAnAppositionHoldingAName) {
    EXPECT_TRUE(facts("The Houthis, an Iran-backed movement that fought Saudi Arabia for years, "
                      "remain strong.")
                    .contains("Houthis fights Saudi Arabia"));
    EXPECT_TRUE(facts("JNIM, an al-Qaeda affiliate that has fought Mali since 2017, grew.")
                    .contains("JNIM fights Mali"));
    EXPECT_TRUE(facts("Ukraine, the country that Russia invaded, asked for help.").empty());
}

// A name troops went to, with the troops before the verb, is a place; a demonym before a
// noun after a place opens a noun phrase of its own; patrols and trainers are sent like
// troops; the lexicon knows the peace missions by their acronyms.
TEST(Extractor, TroopsBeforeTheVerbPatrolsAndMissions) {
    EXPECT_EQ(facts("Ethiopian forces have deployed to Baidoa and Djiboutian soldiers to "
                    "Beledweyne."),
              (std::set<std::string>{"Ethiopia deploys-to Baidoa"}));
    EXPECT_EQ(facts("KFOR sent extra patrols to Kosovo."),
              (std::set<std::string>{"KFOR deploys-to Kosovo"}));
    EXPECT_EQ(facts("Chinese police trainers have been deployed to Honiara."),
              (std::set<std::string>{"China deploys-to Solomon Islands"}));
    EXPECT_TRUE(facts("Russia condemned Ukraine and Polish officials.")
                    .contains("Russia criticizes Poland"));
}

// A pronoun resolved to a name is still the word a rule names; where those who act for a
// name are is read past before their verb; "angrily" is an adverb of manner.
TEST(Extractor, ResolvedPronounsAgentsPlacesAndAngryProtests) {
    EXPECT_TRUE(facts("Ecuador's Foreign Minister, Gabriela Sommerfeld, criticised what she "
                      "called Lima's reading of the findings.")
                    .contains("Gabriela Sommerfeld criticizes Peru"));
    EXPECT_TRUE(facts("The Chinese Embassy in Manila accused the Philippines of provocations.")
                    .contains("China criticizes Philippines"));
    EXPECT_EQ(facts("Morocco protested angrily against Tunisia."),
              (std::set<std::string>{"Morocco criticizes Tunisia"}));
}

// An agreement reached to do something together is cooperation, whatever is still to be
// done; agreeing that something is so is not.
TEST(Extractor, AgreedToDoSomethingTogether) {
    EXPECT_EQ(facts("Norway and Iceland have agreed to share surveillance data."),
              (std::set<std::string>{"Iceland cooperates-with Norway"}));
    EXPECT_EQ(facts("China agreed with Zambia and Tanzania to revive the railway."),
              (std::set<std::string>{"China cooperates-with Zambia",
                                     "China cooperates-with Tanzania"}));
    EXPECT_TRUE(facts("Kenya agreed with Uganda that the plan had failed.").empty());
    EXPECT_TRUE(facts("Kenya and Uganda have not agreed to cooperate.").empty());
}

// Fellow members are members; so are the members a list after "among them" names.
TEST(Extractor, FellowMembersAndMembersAmongThem) {
    EXPECT_EQ(facts("Barbados spoke on behalf of its fellow members of the Caribbean Community."),
              (std::set<std::string>{"Barbados member-of CARICOM"}));
    EXPECT_TRUE(facts("Senegal shares a currency with fellow WAEMU member Ivory Coast.")
                    .contains("Ivory Coast member-of West African Economic and Monetary Union"));
    EXPECT_EQ(facts("Members of the Pacific Islands Forum, among them Australia and Fiji, met."),
              (std::set<std::string>{"Australia member-of Pacific Islands Forum",
                                     "Fiji member-of Pacific Islands Forum"}));
}

// Heads named in other ways: a force "commanded by", a body "whose chairman is", "and head of"
// after another role, "serves as" a country's president, and a body "of" its titled head.
TEST(Extractor, HeadsNamedInOtherWays) {
    EXPECT_TRUE(facts("The cargo was for the Libyan National Army, the eastern force commanded "
                      "by Khalifa Haftar.")
                    .contains("Khalifa Haftar leads Libyan National Army"));
    EXPECT_TRUE(facts("The National Hajj Commission of Nigeria, whose chairman is Professor "
                      "Abdullahi Saleh Usman, allocates seats.")
                    .contains("Abdullahi Saleh Usman leads National Hajj Commission of Nigeria"));
    EXPECT_TRUE(facts("The envoy met Aidarous al-Zubaidi, PLC member and head of the Southern "
                      "Transitional Council.")
                    .contains("Aidarous al-Zubaidi leads Southern Transitional Council"));
    EXPECT_TRUE(facts("Min Aung Hlaing, who also serves as Myanmar's acting president, spoke.")
                    .contains("Min Aung Hlaing leads Myanmar"));
    EXPECT_TRUE(facts("Libya is split between the Government of National Unity of Prime Minister "
                      "Abdul Hamid Dbeibah and the east.")
                    .contains("Abdul Hamid Dbeibah leads Government of National Unity"));
}

// A name before "port" is a place's; so is one a cargo is bound for, placed in a country.
TEST(Extractor, PortsAndPlacesACargoIsBoundFor) {
    EXPECT_EQ(facts("Cocaine was found at Ecuador's Posorja port on 3 September."),
              (std::set<std::string>{"Posorja located-in Ecuador"}));
    EXPECT_EQ(facts("The containers were bound for Antwerp, in Belgium."),
              (std::set<std::string>{"Antwerp located-in Belgium"}));
    EXPECT_EQ(entities("Siemens won a contract for Zorbak in Germany."),
              (std::set<std::string>{"Germany:country"}));
}

// Where one was urged is read past before "to"; the authorities in a place stand for it.
TEST(Extractor, UrgedSomewhereAndAuthoritiesInAPlace) {
    EXPECT_TRUE(facts("Alix Didier Fils-Aime urged the UN Security Council in New York to act.")
                    .contains("Alix Didier Fils-Aime urges UN Security Council"));
    EXPECT_EQ(facts("The European Union urged the authorities in Republika Srpska to respect the "
                    "ruling."),
              (std::set<std::string>{"European Union urges Republika Srpska"}));
}

// "about" before a count in words is a quantity; officers serving with a force somewhere are
// deployed there.
TEST(Extractor, CountsInWordsAndServingWithAForce) {
    EXPECT_EQ(facts("Rwanda sent about a thousand soldiers to Mozambique."),
              (std::set<std::string>{"Rwanda deploys-to Mozambique"}));
    EXPECT_EQ(facts("Today Montenegrin officers serve with the peacekeeping force in Kosovo."),
              (std::set<std::string>{"Montenegro deploys-to Kosovo"}));
    EXPECT_TRUE(facts("Kenya talked about a plan with Uganda.").empty());
}

// Fighting and sanctioning named in more ways: a group in apposition fighting a government in
// capitals, one strike, operations against a group's elements; sanctions one imposed, in a
// relative clause; a designation as a terrorist group.
TEST(Extractor, FightsAndSanctionsNamedInMoreWays) {
    EXPECT_EQ(facts("Al-Shabaab, the armed group fighting the Federal Government of Somalia, "
                    "struck again."),
              (std::set<std::string>{"Al-Shabaab fights Somalia"}));
    EXPECT_TRUE(facts("The Council condemned the Israeli strike on Doha.")
                    .contains("Israel fights Qatar"));
    EXPECT_EQ(facts("The Senegalese army carried out operations against armed elements of the "
                    "MFDC."),
              (std::set<std::string>{"Senegal fights MFDC"}));
    EXPECT_EQ(facts("Montenegro backs every sanction the European Union has imposed on Russia."),
              (std::set<std::string>{"European Union sanctions Russia"}));
    EXPECT_EQ(facts("Washington designated the Houthis as a terrorist group."),
              (std::set<std::string>{"United States sanctions Houthis"}));
}

// Readings a review of this session's changes found too wide, each with its mend.
TEST(Extractor, GivesNoneOfTheWrongFactsTheThirtyThirdReviewFound) {
    const std::vector<std::pair<std::string, std::string>> wrong = {
        {"Sweden deposited its instrument of accession with the United States.",
         "Sweden supplies United States"},
        {"Kaja Kallas, who serves as the EU's chief diplomat, criticised China.",
         "Kaja Kallas leads European Union"},
        {"Belarus, whose leader is Vladimir Putin's closest ally, hosts troops.",
         "Vladimir Putin leads Belarus"},
        {"Syria, whose president was Bashar al-Assad until December, changed.",
         "Bashar al-Assad leads Syria"},
        {"Osama Hamdan, an official close to the Hamas leader who was killed by Israel, spoke.",
         "Israel fights Osama Hamdan"},
        {"Microchips sold to Russia by Chinese companies end up in missiles.",
         "China supplies Russia"},
        {"The plan was sold to the European Union by Germany as a compromise.",
         "Germany supplies European Union"},
        {"Ukraine went a long way to meet Washington's demands.",
         "Ukraine meets-with United States"},
        {"Russian troops attacked positions near Pokrovsk in the areas of Myrnohrad.",
         "Pokrovsk located-in Myrnohrad"},
        {"The NATO of Donald Trump is a different alliance.", "Donald Trump leads NATO"},
        {"Mike Pompeo, former congressman and head of the CIA, criticised the deal.",
         "Mike Pompeo leads CIA"},
        {"Germany agreed with France to a large extent.", "France cooperates-with Germany"},
        {"Russia's lack of solidarity with Iran is clear.", "Russia supports Iran"},
    };
    for (const auto& [text, fact] : wrong) {
        EXPECT_FALSE(facts(text).contains(fact)) << text << " -> " << fact;
    }
    const std::vector<std::pair<std::string, std::string>> types = {
        {"Ukraine and Moldova support Euro-Atlantic integration.", "Euro-Atlantic:other"},
        {"Panama has ordered an audit of the Hutchison port at Balboa.", "Hutchison:location"},
        {"Penn State said the research was funded by the Pentagon.", "Penn:location"},
        {"Engineers have moved to Zentrax, a startup in Berlin.", "Zentrax:location"},
        {"The former minister left for Meridian Capital, in London.",
         "Meridian Capital:location"},
    };
    for (const auto& [text, entity] : types) {
        EXPECT_FALSE(entities(text).contains(entity)) << text << " -> " << entity;
    }
}

// Support given, or thanked for: "gave Pakistan diplomatic support", "accused Beijing of giving
// Pakistan live support" (no supply), "thanked Meloni for standing with Albania", "grateful to
// Latvia for its solidarity with Lithuania"; thanks for anything else are no support.
TEST(Extractor, SupportGivenOrThankedFor) {
    EXPECT_EQ(facts("China gave Pakistan diplomatic support."),
              (std::set<std::string>{"China supports Pakistan"}));
    EXPECT_EQ(facts("Indian officials accused Beijing of giving Pakistan live support."),
              (std::set<std::string>{"India criticizes China", "China supports Pakistan"}));
    EXPECT_TRUE(facts("Rama thanked Giorgia Meloni for standing with Albania.")
                    .contains("Giorgia Meloni supports Albania"));
    EXPECT_EQ(facts("Lithuania is grateful to Latvia for its solidarity with Lithuania."),
              (std::set<std::string>{"Latvia supports Lithuania"}));
    EXPECT_TRUE(facts("Kenya thanked Uganda for hosting the talks.").empty());
}

// A threat to a country's national security is a threat to the country.
TEST(Extractor, AThreatToANationalSecurity) {
    EXPECT_EQ(facts("Belarus poses a direct threat to the national security of Lithuania."),
              (std::set<std::string>{"Belarus threatens Lithuania"}));
}

// A place "on" a sea lies on its shore, not in it; "I" opens no name.
TEST(Extractor, APlaceOnASeaAndThePronounI) {
    EXPECT_EQ(facts("The Kazakh port city of Aktau, on the Caspian Sea, grew."),
              (std::set<std::string>{"Aktau located-in Kazakhstan"}));
    EXPECT_EQ(entities("Reactions I can source so far: Serbia condemned Kosovo."),
              (std::set<std::string>{"Kosovo:country", "Serbia:country"}));
}

// A relative clause whose subject follows "which" supports or criticizes the name before it;
// not a plan's, and not a person's name ending a longer phrase.
TEST(Extractor, ObjectRelativeClausesOfSupportAndCriticism) {
    EXPECT_TRUE(facts("Libya is divided between the Government of National Unity, which Turkey "
                      "supports, and the east.")
                    .contains("Turkey supports Government of National Unity"));
    EXPECT_TRUE(facts("Kenya, which Uganda criticised for the move, refused.")
                    .contains("Uganda criticizes Kenya"));
    EXPECT_TRUE(facts("The plan, which Kenya supports, failed.").empty());
}

// A site built somewhere lies there.
TEST(Extractor, ASiteBuiltSomewhere) {
    EXPECT_TRUE(facts("The bank funds the Rogun Dam, which is being built in Tajikistan.")
                    .contains("Rogun Dam located-in Tajikistan"));
}

// A middle initial is part of a person's name, and the surname alone is the person after it.
TEST(Extractor, AMiddleInitialInAName) {
    EXPECT_EQ(
        facts("Botswana President Duma G. Boko met Elias M. Magosi in Gaborone. Magosi "
              "warned of Zimbabwe's drought."),
        (std::set<std::string>{"Duma Boko leads Botswana", "Duma Boko meets-with Elias M. Magosi",
                               "Elias M. Magosi warns-of Zimbabwe"}));
    // A known person written with the initial is the person the lexicon knows.
    EXPECT_EQ(
        entities("Uganda's Yoweri K. Museveni met William Ruto."),
        (std::set<std::string>{"Uganda:country", "William Ruto:person", "Yoweri Museveni:person"}));
    EXPECT_EQ(entities("Brazil topped Group A. Germany won."),
              (std::set<std::string>{"Brazil:country", "Germany:country"}));
}

// Troops sent to a part of the country's own, named with its kind before "of": the part is
// the country's, and the troops are deployed there.
TEST(Extractor, TroopsSentToItsProvinceOf) {
    EXPECT_EQ(facts("Guatemala has sent soldiers to its border department of San Marcos."),
              (std::set<std::string>{"Guatemala deploys-to San Marcos",
                                     "San Marcos located-in Guatemala"}));
    EXPECT_EQ(facts("Kenya said its province of Mombasa was calm."),
              (std::set<std::string>{"Mombasa located-in Kenya"}));
}

// A place on a border, or shared, lies in each country; a place on a border "with" one lies
// in none the sentence says.
TEST(Extractor, APlaceOnABorderOrShared) {
    EXPECT_EQ(facts("Lake Kariba, which lies on the border between Zambia and Zimbabwe, is low."),
              (std::set<std::string>{"Lake Kariba located-in Zambia",
                                     "Lake Kariba located-in Zimbabwe"}));
    EXPECT_EQ(facts("We rested at Lake Titicaca, which Peru and Bolivia share."),
              (std::set<std::string>{"Lake Titicaca located-in Bolivia",
                                     "Lake Titicaca located-in Peru"}));
    EXPECT_TRUE(facts("A crossing on the border with Chad closed.").empty());
    // Still one country where the text puts a place in one of two.
    EXPECT_EQ(facts("Talks on Gotland in Sweden and Latvia went on."),
              (std::set<std::string>{"Gotland located-in Sweden"}));
}

// Names and titles: a style of two words before a name ("Datuk Seri"), a suffix after it
// ("Jr."), "Councillor" and "Secretary" before it, a minister's portfolio the lexicon does not
// list before an apposition.
TEST(Extractor, StylesSuffixesAndPortfolios) {
    EXPECT_EQ(facts("Malaysia's Prime Minister, Datuk Seri Anwar Ibrahim, urged calm."),
              (std::set<std::string>{"Anwar Ibrahim leads Malaysia"}));
    EXPECT_EQ(facts("Palau's President Surangel Whipps Jr. has accused China of harassment."),
              (std::set<std::string>{"Surangel Whipps Jr. leads Palau",
                                     "Surangel Whipps Jr. criticizes China"}));
    EXPECT_EQ(facts("Councillor Aino Lehto criticised the Finnish government."),
              (std::set<std::string>{"Aino Lehto criticizes Finland"}));
    EXPECT_EQ(facts("Secretary Enrique Manalo raised it with Wang Yi when the two men met."),
              (std::set<std::string>{"Enrique Manalo meets-with Wang Yi"}));
    EXPECT_EQ(facts("Helen Marsh met Mali's Minister of Mines, Amadou Keita."),
              (std::set<std::string>{"Amadou Keita meets-with Helen Marsh"}));
}

// Members counted then named after a colon; an act condemned, named by its doer after a
// participle; a country's government led by someone, in a clause after "In".
TEST(Extractor, MembersCountedActsDoneAndGovernmentsLed) {
    EXPECT_EQ(facts("The Arctic Council, which was set up in 1996, has eight members: Canada, "
                    "Denmark and Norway."),
              (std::set<std::string>{"Canada member-of Arctic Council",
                                     "Denmark member-of Arctic Council",
                                     "Norway member-of Arctic Council"}));
    EXPECT_TRUE(facts("NATO has 32 members: the newest is Sweden.").empty());
    EXPECT_EQ(facts("Honduras has condemned the mass deportations carried out by the United "
                    "States."),
              (std::set<std::string>{"Honduras criticizes United States"}));
    EXPECT_EQ(facts("In Burkina Faso, whose military government is led by Captain Ibrahim "
                    "Traore, the army has deployed troops."),
              (std::set<std::string>{"Ibrahim Traore leads Burkina Faso"}));
    EXPECT_TRUE(facts("The UN Verification Mission in Colombia, headed by Carlos Ruiz Massieu, "
                      "met.")
                    .empty());
}

// "the Authority" is the authority the text named, before a company's role too; a speaker's
// aside may name its listener; people in a list may be named with their countries.
TEST(Extractor, AuthoritiesListenersAndPeopleWithTheirCountries) {
    EXPECT_EQ(facts("The Namibian Ports Authority runs Walvis Bay. The Authority's chief "
                    "executive, Andrew Kanime, warned of attacks."),
              (std::set<std::string>{"Andrew Kanime leads Namibian Ports Authority"}));
    EXPECT_EQ(facts("Gabriel Boric, he told us, had just met Javier Milei."),
              (std::set<std::string>{"Gabriel Boric meets-with Javier Milei"}));
    EXPECT_EQ(facts("Kenya's William Ruto and Uganda's Yoweri Museveni met in Nairobi."),
              (std::set<std::string>{"William Ruto meets-with Yoweri Museveni"}));
}

// A list closed by "and other ..." reads on; "the governments of" a list is the list; a
// release's body is its "we", but not a quoted speaker's; "with X's Y and with Z".
TEST(Extractor, ListsClosedByOthersAndTheWeOfARelease) {
    EXPECT_EQ(facts("Baron Waqa urged the European Union and other development partners to "
                    "match the grants."),
              (std::set<std::string>{"Baron Waqa urges European Union"}));
    EXPECT_EQ(facts("Kenya called on the governments of Uganda and Tanzania to act."),
              (std::set<std::string>{"Kenya urges Uganda", "Kenya urges Tanzania"}));
    EXPECT_EQ(facts("Geneva, 14 October 2025 - IndustriALL Global Union, which represents "
                    "workers, today set out its demands. We call on SQM to stop."),
              (std::set<std::string>{"IndustriALL Global Union urges SQM"}));
    EXPECT_TRUE(facts("NAIROBI - The African Union today warned of famine. \"We call on Sudan "
                      "to open roads,\" Kenya's president said.")
                    .empty());
    EXPECT_EQ(facts("Bolivia has signed contracts with China's CATL and with Uranium One."),
              (std::set<std::string>{"Bolivia cooperates-with CATL",
                                     "Bolivia cooperates-with Uranium One"}));
    EXPECT_EQ(facts("The joint venture formed by Codelco and SQM started work."),
              (std::set<std::string>{"Codelco cooperates-with SQM"}));
    EXPECT_EQ(facts("In March, Namibia and Zambia renewed the lease on the dry port."),
              (std::set<std::string>{"Namibia cooperates-with Zambia"}));
}

// Bound by a defence treaty; a country's part named before "of"; an undertaking backed by
// the name of its owner; much of another's spending funded.
TEST(Extractor, TreatiesPartsOwnersAndFunding) {
    EXPECT_EQ(facts("Washington, which is bound to the Philippines by a 1951 mutual defence "
                    "treaty, welcomed the survey."),
              (std::set<std::string>{"Philippines allied-with United States"}));
    EXPECT_TRUE(facts("Kenya is bound to Uganda by a trade deal.").empty());
    EXPECT_EQ(facts("Troops went to Mexico's southern state of Chiapas."),
              (std::set<std::string>{"Chiapas located-in Mexico"}));
    EXPECT_TRUE(facts("Russia's state of emergency was lifted.").empty());
    EXPECT_EQ(facts("Kamla Persad-Bissessar publicly backed the US operation."),
              (std::set<std::string>{"Kamla Persad-Bissessar supports United States"}));
    EXPECT_TRUE(facts("Rubio defended the Venezuela operation.").empty());
    EXPECT_TRUE(facts("Britain supported the Venezuela operation.").empty());
    EXPECT_TRUE(facts("Kenya did not back the US plan.").empty());
    EXPECT_EQ(facts("Australia already funds much of PNG's police training."),
              (std::set<std::string>{"Australia supplies Papua New Guinea"}));
}

// Troops sent to a body are supplied to it; a place naming an agreed text names no actor; a
// clause after an apposition may open with an auxiliary; a demonym after "of" that qualifies
// a noun names no country led; people counted by a demonym are sent by no state.
TEST(Extractor, TroopsToBodiesAgreedTextsAndDemonymsThatQualify) {
    EXPECT_EQ(facts("Burundi and Kenya later sent contingents of their own to AMISOM."),
              (std::set<std::string>{"Burundi supplies AMISOM", "Kenya supplies AMISOM"}));
    EXPECT_EQ(entities("Ethiopia, Somalia and the Ankara Declaration"),
              (std::set<std::string>{"Ethiopia:country", "Somalia:country"}));
    EXPECT_EQ(facts("The United States has sanctioned James Kabarebe, Rwanda's minister of "
                    "state, and the European Union has sanctioned the M23."),
              (std::set<std::string>{"United States sanctions James Kabarebe",
                                     "European Union sanctions M23"}));
    EXPECT_TRUE(facts("Ruto, the president of the Kenyan senate, spoke.").empty());
    EXPECT_EQ(facts("Ruto, the head of the Kenyan government, spoke."),
              (std::set<std::string>{"William Ruto leads Kenya"}));
    EXPECT_TRUE(facts("Some 3,000 Sudanese have crossed into Ethiopia.").empty());
    EXPECT_EQ(facts("Some 3,000 Sudanese troops have crossed into Ethiopia."),
              (std::set<std::string>{"Sudan deploys-to Ethiopia"}));
}

// Troops contributed, kept where an accuser says, a deal in a relative clause of a pair,
// contributions made, arms sold to the name before "to which", support thanked for, an adverb
// of time after "and", and a relative clause after a list that "both" makes the list's.
TEST(Extractor, ContributionsAccusationsAndRelativeClausesOfPairs) {
    EXPECT_EQ(facts("Uganda and Ethiopia, which both contribute troops to AUSSOM, met."),
              (std::set<std::string>{"Uganda supplies AUSSOM", "Ethiopia supplies AUSSOM",
                                     "Ethiopia meets-with Uganda"}));
    EXPECT_EQ(facts("Nicosia still accuses Ankara of keeping thousands of troops in Cyprus."),
              (std::set<std::string>{"Cyprus criticizes Turkey", "Turkey deploys-to Cyprus"}));
    EXPECT_EQ(facts("The scheme, which Greece and Turkey agreed in 2023, was renewed."),
              (std::set<std::string>{"Greece cooperates-with Turkey"}));
    EXPECT_TRUE(facts("The resolution, which Russia and China vetoed, failed.").empty());
    EXPECT_EQ(facts("Japan and Norway have made new contributions to UNHCR."),
              (std::set<std::string>{"Japan supplies UNHCR", "Norway supplies UNHCR"}));
    EXPECT_EQ(facts("It enjoys close ties with Ethiopia, to which Turkey has sold drones."),
              (std::set<std::string>{"Turkey supplies Ethiopia"}));
    EXPECT_EQ(facts("He thanked the Emirates for their support to Puntland."),
              (std::set<std::string>{"United Arab Emirates supports Puntland"}));
    EXPECT_TRUE(facts("Egypt signed a pact with Somalia and soon afterwards delivered weapons "
                      "to the Somali government.")
                    .contains("Egypt supplies Somalia"));
}

// Places: "at X, in Country", "X, in the country's north", a semicolon closing a place's
// apposition. Names: the members' possessive inside a body's name, a plural committee, a
// first name's initial. "the government" of a body named with a demonym. Trade under an
// agreement; a closest ally in quotes.
TEST(Extractor, PlacesAsidesBodiesWithPossessivesAndInitials) {
    EXPECT_EQ(facts("The track at Sigulda, in Latvia, is old."),
              (std::set<std::string>{"Sigulda located-in Latvia"}));
    EXPECT_TRUE(
        entities("She worked at Siemens, in Germany, for years.").contains("Germany:country"));
    EXPECT_FALSE(
        entities("She worked at Siemens, in Germany, for years.").contains("Siemens:location"));
    EXPECT_TRUE(entities("Bangladesh is hot. Mills in Khulna, in the country's north, stopped.")
                    .contains("Khulna:location"));
    EXPECT_EQ(facts("The venues: Gdansk, in Poland; Kaunas, Lithuania's second city; and Riga."),
              (std::set<std::string>{"Kaunas located-in Lithuania"}));
    EXPECT_EQ(facts("The Colombo Tea Traders' Association urged the EU to act."),
              (std::set<std::string>{"Colombo Tea Traders' Association urges European Union"}));
    EXPECT_EQ(facts("Prices fell. The Norwegian Fishermen's Association has urged the "
                    "government to press for a deal."),
              (std::set<std::string>{"Norwegian Fishermen's Association urges Norway"}));
    // Another country named just before: either government may be meant.
    EXPECT_TRUE(facts("Iceland did not join. The Norwegian Fishermen's Association has urged "
                      "the government to press for a deal.")
                    .empty());
    EXPECT_EQ(facts("EOC President Spyros Capralos of the European Olympic Committees spoke."),
              (std::set<std::string>{"Spyros Capralos leads European Olympic Committees"}));
    EXPECT_EQ(facts("V. Narayanan, Chairman of ISRO, spoke."),
              (std::set<std::string>{"V. Narayanan leads ISRO"}));
    EXPECT_EQ(facts("Pakistan and Sri Lanka, which have traded under a free-trade agreement "
                    "since 2005, met."),
              (std::set<std::string>{"Pakistan cooperates-with Sri Lanka",
                                     "Pakistan meets-with Sri Lanka"}));
    EXPECT_EQ(facts("The resolution describes China as Pakistan's \"closest ally\"."),
              (std::set<std::string>{"China allied-with Pakistan"}));
}

// A place in a university's name names no actor, and two named bodies joined by "and" stay
// two; an initiative is a body; an act that is a threat; a code-share agreed; a joint
// mission of a pair.
TEST(Extractor, UniversitiesInitiativesThreatsAndJointUndertakings) {
    EXPECT_EQ(facts("The University of Warsaw and Vilnius University signed an agreement."),
              (std::set<std::string>{"University of Warsaw cooperates-with Vilnius University"}));
    EXPECT_EQ(facts("Burundi and Rwanda are all members of the Nile Basin Initiative (NBI)."),
              (std::set<std::string>{"Burundi member-of Nile Basin Initiative",
                                     "Rwanda member-of Nile Basin Initiative"}));
    EXPECT_EQ(facts("Ms Nawaz said that India's decision was \"a direct threat to Pakistan\"."),
              (std::set<std::string>{"India threatens Pakistan"}));
    EXPECT_EQ(
        facts("Kenya Airways and Pakistan International Airlines have since agreed a "
              "code-share."),
        (std::set<std::string>{"Kenya Airways cooperates-with Pakistan International Airlines"}));
    EXPECT_TRUE(facts("Kenya and Uganda agreed the plan.").empty());
    EXPECT_EQ(facts("NISAR, the joint Earth-observation mission of NASA and ISRO, flies."),
              (std::set<std::string>{"ISRO cooperates-with NASA"}));
}

// A pair in apposition, each named with a country's possessive; ports in a possessive
// apposition after a pair.
TEST(Extractor, PairsWithPossessivesAndPortsInApposition) {
    EXPECT_EQ(facts("The two leaders, Kenya's William Ruto and Uganda's Yoweri Museveni, met in "
                    "Nairobi."),
              (std::set<std::string>{"William Ruto meets-with Yoweri Museveni"}));
    EXPECT_EQ(facts("It sold its concessions at Balboa and Cristobal, Panama's two main canal "
                    "ports, to a consortium."),
              (std::set<std::string>{"Balboa located-in Panama", "Cristobal located-in Panama"}));
}

// "Its premier" after a sentence a place opens is the place's, not the country the sentence
// goes on to name.
TEST(Extractor, ItsHeadAfterAPlace) {
    EXPECT_EQ(facts("Greenland is an autonomous territory of Denmark. Its premier, Jens-Frederik "
                    "Nielsen, rejected the offer."),
              (std::set<std::string>{"Greenland located-in Denmark"}));
    EXPECT_EQ(facts("Hezbollah fired rockets. Its leader, Naim Qassem, spoke."),
              (std::set<std::string>{"Naim Qassem leads Hezbollah"}));
}

// A country's army in a list reads as the country; "the Community" is the body whose full
// name holds the word; "Judge" is a title.
TEST(Extractor, ArmiesInListsCommunitiesAndJudges) {
    EXPECT_EQ(facts("Guterres urged the Sudanese army and the RSF to agree to a truce."),
              (std::set<std::string>{"Antonio Guterres urges Sudan",
                                     "Antonio Guterres urges Rapid Support Forces"}));
    EXPECT_EQ(facts("ECOWAS met in Abuja. The Community urged Mali to return."),
              (std::set<std::string>{"ECOWAS urges Mali"}));
    EXPECT_EQ(facts("ECOWAS and the EAC met. The Community urged Mali to return."),
              (std::set<std::string>{"ECOWAS meets-with East African Community"}));
    EXPECT_EQ(entities("Judge Tomoko Akane, President of the Court, signed the order."),
              (std::set<std::string>{"Tomoko Akane:person"}));
}

// Readings a review found too wide: troops massed on a border lie in no country; a number
// of troops named with a demonym are still troops; a body's name that qualifies a noun is no
// place; a list's plural auxiliary; lost members; a military's head; a quoted "we"; a pair
// that struck something; a party secretary; a list closed by "and other donors" before its
// verb.
TEST(Extractor, ReadingsAReviewFoundTooWide) {
    EXPECT_EQ(facts("Kyiv accused Russia of massing troops on Ukraine's border."),
              (std::set<std::string>{"Ukraine criticizes Russia"}));
    EXPECT_EQ(facts("Some 3,000 Russian combat troops have deployed to Belarus."),
              (std::set<std::string>{"Russia deploys-to Belarus"}));
    EXPECT_TRUE(facts("Israel sent troops into Hamas strongholds.").empty());
    EXPECT_EQ(facts("Troops from Kenya, the mission's lead nation, and Jamaica have deployed to "
                    "Haiti."),
              (std::set<std::string>{"Kenya deploys-to Haiti", "Jamaica deploys-to Haiti"}));
    EXPECT_TRUE(facts("ECOWAS has lost three members: Mali, Burkina Faso and Niger.").empty());
    EXPECT_TRUE(facts("Min Aung Hlaing, head of the Burmese military, met Xi Jinping.")
                    .contains("Min Aung Hlaing leads Myanmar"));
    EXPECT_EQ(facts("Geneva, 14 October - IndustriALL Global Union today set out its demands.\n\n"
                    "\"Workers are dying,\" the minister said. \"We have also sent police to "
                    "Somalia. That is all.\"\n\nZelensky said that we urge Germany to act."),
              (std::set<std::string>{}));
    EXPECT_TRUE(
        facts("Iran is rebuilding the sites, which Israel and the US struck last year.").empty());
    EXPECT_EQ(
        entities("Shanghai Party Secretary Chen Jining met Li Qiang."),
        (std::set<std::string>{"Chen Jining:person", "Li Qiang:person", "Shanghai:location"}));
    EXPECT_EQ(facts("The US and other donors sent aid to Sudan."),
              (std::set<std::string>{"United States supplies Sudan"}));
}

// A pair that fought someone named after the verb fought that one, not each other.
TEST(Extractor, APairThatFoughtAThird) {
    EXPECT_EQ(facts("AQIM and Ansar Dine fought the MNLA in 2012."),
              (std::set<std::string>{"AQIM fights MNLA", "Ansar Dine fights MNLA"}));
    EXPECT_EQ(facts("Armenia and Azerbaijan fought a war in 2020."),
              (std::set<std::string>{"Armenia fights Azerbaijan", "Azerbaijan fights Armenia"}));
}

// A list of firms may name each with its country's possessive.
TEST(Extractor, FirmsWithTheirCountries) {
    EXPECT_EQ(facts("Bolivia signed deals with China's Huawei and with Russia's Rosatom."),
              (std::set<std::string>{"Bolivia cooperates-with Huawei",
                                     "Bolivia cooperates-with Rosatom"}));
}

}  // namespace
// A country's full name before an act is more often its target than its doer: "defended the
// Iran strikes" supports no Iran; a demonym or a short name is the doer's.
TEST(Extractor, ACountrysFullNameBeforeAnActNamesItsTarget) {
    EXPECT_FALSE(facts("Netanyahu defended the Iran strikes on Sunday.")
                     .contains("Benjamin Netanyahu supports Iran"));
    EXPECT_FALSE(
        facts("Hungary opposed the Ukraine invasion.").contains("Hungary opposes Ukraine"));
    EXPECT_TRUE(facts("Britain condemned the Houthi attacks.")
                    .contains("United Kingdom criticizes Houthis"));
    EXPECT_TRUE(facts("Poland backed the US strikes.").contains("Poland supports United States"));
}

// A clause after "and" shares a subject that a date opens the sentence before, without a comma,
// and a list of subjects whose members open with an article.
TEST(Extractor, CoordinatedPredicatesAfterADateAndAListWithArticles) {
    EXPECT_TRUE(facts("In 2017 Egypt severed relations with Doha and imposed an embargo on Qatar.")
                    .contains("Egypt sanctions Qatar"));
    EXPECT_TRUE(facts("Last year Egypt recalled its envoy and imposed an embargo on Qatar.")
                    .contains("Egypt sanctions Qatar"));
    const auto three = facts(
        "Saudi Arabia, the UAE and Bahrain recalled their envoys and imposed a land, sea and "
        "air embargo on Qatar.");
    EXPECT_TRUE(three.contains("Saudi Arabia sanctions Qatar"));
    EXPECT_TRUE(three.contains("United Arab Emirates sanctions Qatar"));
    EXPECT_TRUE(three.contains("Bahrain sanctions Qatar"));
}

// A place named after its country's possessive and a part of the country: "Iraq's southern
// Basra province".
TEST(Extractor, APlaceAfterItsCountrysPossessiveAndAPart) {
    EXPECT_TRUE(facts("The port of Grand Faw, in Iraq's southern Basra province, is growing.")
                    .contains("Grand Faw located-in Basra"));
    EXPECT_TRUE(facts("Turkey deployed troops to Iraq's northern Duhok province.")
                    .contains("Turkey deploys-to Duhok"));
}

// "patrol" doubles its l: "patrolled"; and a country's forces in a relative clause patrol for it.
TEST(Extractor, PatrolsOfACountrysForces) {
    EXPECT_TRUE(facts("Danish warships have patrolled the Gulf of Guinea since 2022.")
                    .contains("Denmark deploys-to Gulf of Guinea"));
    EXPECT_EQ(facts("Ghana thanked Denmark, whose navy has patrolled the Gulf of Guinea since "
                    "2022."),
              (std::set<std::string>{"Denmark deploys-to Gulf of Guinea"}));
}

TEST(Extractor, UndertakingsAgreementsAndMoneyNamedByTheirParties) {
    EXPECT_EQ(facts("The Open Balkan initiative, launched in 2019 by North Macedonia, Serbia and "
                    "Albania, stalled."),
              (std::set<std::string>{"North Macedonia cooperates-with Serbia",
                                     "Albania cooperates-with North Macedonia",
                                     "Albania cooperates-with Serbia"}));
    EXPECT_TRUE(facts("US troops remain in Iraq under an agreement signed by Baghdad and "
                      "Washington in 2024.")
                    .contains("Iraq cooperates-with United States"));
    // People who reached an agreement for their states are no parties to cooperation.
    EXPECT_FALSE(facts("They reviewed the agreements reached by President Kassym-Jomart Tokayev "
                       "and President Xi Jinping in May.")
                     .contains("Kassym-Jomart Tokayev cooperates-with Xi Jinping"));
    EXPECT_TRUE(facts("The European Union has already paid North Macedonia a first tranche of "
                      "the money.")
                    .contains("European Union supplies North Macedonia"));
    EXPECT_TRUE(facts("The Houthis, whom Iran supplies with missile components, have attacked "
                      "ships.")
                    .contains("Iran supplies Houthis"));
}

// An aside that counts a list ("both EU members", "three EU members") is the whole list's, and
// so is the verb after it; a singular one is the last name's.
TEST(Extractor, AnAsideThatCountsAListIsTheWholeLists) {
    const auto both = facts(
        "Within two days Greece and Cyprus, both EU members, had supplied Georgia with three "
        "Canadair planes.");
    EXPECT_TRUE(both.contains("Greece supplies Georgia"));
    EXPECT_TRUE(both.contains("Cyprus supplies Georgia"));
    const auto one = facts("Russia attacked Ukraine and Poland, a NATO member, condemned Moscow.");
    EXPECT_TRUE(one.contains("Poland criticizes Russia"));
    EXPECT_FALSE(one.contains("Ukraine criticizes Russia"));
}

TEST(Extractor, ProtestsNegotiationsTradeAndPartsOfPlaces) {
    EXPECT_TRUE(facts("Manila lodged a diplomatic protest accusing Beijing of endangering lives.")
                    .contains("Philippines criticizes China"));
    EXPECT_TRUE(facts("The European Union and Mercosur concluded negotiations on their trade "
                      "agreement in December.")
                    .contains("European Union cooperates-with Mercosur"));
    EXPECT_TRUE(facts("Georgia has traded with the European Union under a free trade area since "
                      "2014.")
                    .contains("European Union cooperates-with Georgia"));
    EXPECT_TRUE(facts("China, with which Georgia has had a free trade agreement since 2018, held "
                      "third place.")
                    .contains("China cooperates-with Georgia"));
    EXPECT_TRUE(facts("Pag-asa Island, part of the municipality of Kalayaan, is small.")
                    .contains("Pag-asa Island located-in Kalayaan"));
    EXPECT_TRUE(facts("The cutter is one of the vessels financed by Japan for the Philippines.")
                    .contains("Japan supplies Philippines"));
}

TEST(Extractor, ALeaderAPartyAndAPartNamedInAsides) {
    EXPECT_TRUE(facts("Qatar, whose Emir is Tamim bin Hamad Al Thani, restored ties with the UAE.")
                    .contains("Tamim bin Hamad Al Thani leads Qatar"));
    EXPECT_TRUE(facts("As a state party to the African Continental Free Trade Area, Nigeria "
                      "recorded big exports.")
                    .contains("Nigeria member-of African Continental Free Trade Area"));
    EXPECT_TRUE(facts("Mr Dodik was president of Republika Srpska, one of Bosnia's two entities, "
                      "until August.")
                    .contains("Republika Srpska located-in Bosnia and Herzegovina"));
}

// "and" between a person and a country ends a list when a verb follows: a clause begins. Not
// before a name its owner's pronoun opens.
TEST(Extractor, AndBeforeAClauseOfAnotherKindOfName) {
    const auto signed_ = facts(
        "In Beijing he met President Xi Jinping and Sri Lanka signed an agreement with Sinopec.");
    EXPECT_TRUE(signed_.contains("Sinopec cooperates-with Sri Lanka"));
    EXPECT_FALSE(signed_.contains("Sinopec cooperates-with Xi Jinping"));
    const auto help =
        facts("Khalifa Haftar and his Libyan National Army receive help from Russia.");
    EXPECT_TRUE(help.contains("Russia supports Khalifa Haftar"));
    EXPECT_TRUE(help.contains("Russia supports Libyan National Army"));
}

TEST(Extractor, APairBoundByATreatyAndAnAgreementInitialled) {
    EXPECT_TRUE(facts("Washington has repeatedly backed Manila, and the two countries have been "
                      "bound by a mutual defence treaty since 1951.")
                    .contains("Philippines allied-with United States"));
    EXPECT_TRUE(facts("Armenia and Azerbaijan initialled a peace agreement in Washington.")
                    .contains("Armenia cooperates-with Azerbaijan"));
}

// A participle after a comma shares the subject that a date opens the sentence before.
TEST(Extractor, AParticipleAfterADatedOpening) {
    const auto left = facts(
        "In January 2024 Mali, Burkina Faso and Niger announced that they were leaving ECOWAS, "
        "accusing the bloc of serving foreign powers.");
    EXPECT_TRUE(left.contains("Mali criticizes ECOWAS"));
    EXPECT_TRUE(left.contains("Niger criticizes ECOWAS"));
}

// `N` passes over one name that fills no slot: "in Mexico's southern state of Chiapas" puts a
// place in the state, past the country.
TEST(Extractor, ANameThePatternPassesOver) {
    test::TempDir dir;
    dir.write("rules.tsv", "my.before\tsupports\tS:country praised N:country before O\n");
    const Extractor custom({dir.path()});
    EXPECT_TRUE(
        facts("Turkey praised Qatar before Iraq.", custom).contains("Turkey supports Iraq"));
    // One name, of the type it asks.
    EXPECT_FALSE(
        facts("Turkey praised NATO before Iraq.", custom).contains("Turkey supports Iraq"));
    EXPECT_TRUE(facts("Tapachula, in Mexico's southern state of Chiapas, is hot.")
                    .contains("Tapachula located-in Chiapas"));
    EXPECT_TRUE(facts("Place: Cooperative hall, Ly Son, an island special zone of Vietnam's Quang "
                      "Ngai province.")
                    .contains("Ly Son located-in Quang Ngai"));
}

TEST(Extractor, JointPatrolsAndOneOfAGroupOfPlaces) {
    const auto patrols = facts(
        "Malaysia, Indonesia and the Philippines have stepped up their trilateral patrols in the "
        "Sulu Sea.");
    EXPECT_TRUE(patrols.contains("Indonesia cooperates-with Malaysia"));
    EXPECT_TRUE(patrols.contains("Malaysia cooperates-with Philippines"));
    EXPECT_TRUE(facts("Two boats were boarded near Woody Island, the largest of the Paracels, on "
                      "Monday.")
                    .contains("Woody Island located-in Paracel Islands"));
}

TEST(Extractor, PlacesWithTheirCountryInBracketsAndLakesNamedKindFirst) {
    const auto calls = facts(
        "Your new itinerary - Piraeus (Greece): embarkation - Durban (South Africa): new call.");
    EXPECT_TRUE(calls.contains("Piraeus located-in Greece"));
    EXPECT_TRUE(calls.contains("Durban located-in South Africa"));
    // Two words with a country in brackets are a speaker in a meeting's record.
    EXPECT_FALSE(facts("Barbara Woodward (United Kingdom) said the Council stands with Iraq.")
                     .contains("Barbara Woodward located-in United Kingdom"));
    EXPECT_TRUE(
        entities("The Blue Nile starts at Lake Tana in Ethiopia.").contains("Lake Tana:location"));
}

// A date that opens a sentence with "since" and a season ("Since late 2023 the Houthis ...").
TEST(Extractor, PredicatesAfterASinceDate) {
    EXPECT_TRUE(facts("Since late 2023 the Houthis have attacked merchant ships and fired drones "
                      "and missiles at Israel.")
                    .contains("Houthis fights Israel"));
    EXPECT_TRUE(facts("Jordan and Syria agreed in April to form a joint technical committee.")
                    .contains("Jordan cooperates-with Syria"));
}

TEST(Extractor, PortsCoastsCampsAndGoodsListed) {
    EXPECT_TRUE(facts("We shipped potash through our terminal at Aqaba, Jordan's only seaport, in "
                      "August.")
                    .contains("Aqaba located-in Jordan"));
    EXPECT_TRUE(facts("She carried refugees to Safaga, Egypt's Red Sea port, for two years.")
                    .contains("Safaga located-in Egypt"));
    EXPECT_TRUE(facts("The UAE paid to develop Ras El Hekma, a headland on Egypt's north coast.")
                    .contains("Ras El Hekma located-in Egypt"));
    EXPECT_TRUE(facts("Water trucking to Zaatari, the refugee camp in Jordan's Mafraq governorate, "
                      "continued.")
                    .contains("Zaatari located-in Mafraq"));
    const auto sends = facts(
        "Morocco now sends onions, potatoes and citrus by road to Mauritania, Senegal and Mali.");
    EXPECT_TRUE(sends.contains("Morocco supplies Mauritania"));
    EXPECT_TRUE(sends.contains("Morocco supplies Mali"));
    // Forces listed and sent to a sea are no goods supplied.
    EXPECT_FALSE(
        facts("NATO has sent frigates, patrol aircraft and naval drones to the Baltic Sea.")
            .contains("NATO supplies Baltic Sea"));
}

TEST(Extractor, TroopsMovedIntoAPartOfTheirCountryOrServingWithAForce) {
    EXPECT_TRUE(facts("Jordan has moved extra army units and border-guard battalions into its "
                      "Mafraq governorate.")
                    .contains("Jordan deploys-to Mafraq"));
    EXPECT_FALSE(facts("France sent hundreds of extra gendarmes to its Pacific territory of New "
                       "Caledonia.")
                     .contains("France deploys-to Pacific Ocean"));
    EXPECT_TRUE(facts("Italy, which has more than 1,000 soldiers serving with the UN force in "
                      "southern Lebanon, has kept its contingent.")
                    .contains("Italy deploys-to Lebanon"));
    EXPECT_TRUE(facts("The ceasefire was negotiated by the United States and France, which worked "
                      "together on the text.")
                    .contains("France cooperates-with United States"));
}

TEST(Extractor, MembersOfAFormatRotationsAndPlacesInARegion) {
    const auto v4 = facts(
        "Journalists may apply to the meeting of the Visegrad Group (V4), the regional format "
        "whose "
        "four members are Czechia, Hungary, Poland and Slovakia.");
    EXPECT_TRUE(v4.contains("Slovakia member-of Visegrad Group"));
    const auto rotate = facts(
        "He pointed to the US Marines who rotate through Norway's Troms county every winter.");
    EXPECT_TRUE(rotate.contains("United States deploys-to Troms"));
    EXPECT_TRUE(
        facts("China sells electricity to the Oyu Tolgoi copper mine in Mongolia's Umnugovi "
              "province.")
            .contains("Oyu Tolgoi located-in Umnugovi"));
    // A river that rises somewhere is not placed there by this reading.
    EXPECT_FALSE(
        facts("The Puyango River rises in Ecuador's Loja province and reaches the Pacific.")
            .contains("Puyango River located-in Loja"));
    EXPECT_TRUE(facts("Vessels registered at Giurgiulesti, Moldova's only port on the Danube, may "
                      "land catches.")
                    .contains("Giurgiulesti located-in Moldova"));
    EXPECT_TRUE(facts("Hungary, itself an EU member, has urged Brussels to act.")
                    .contains("Hungary member-of European Union"));
    EXPECT_TRUE(facts("Selected trains may also stop at Novi Sad, Serbia's second city.")
                    .contains("Novi Sad located-in Serbia"));
    EXPECT_TRUE(
        facts("Trains run between Budapest and Kelebia, the Hungarian border station, twice "
              "a day.")
            .contains("Kelebia located-in Hungary"));
    EXPECT_TRUE(
        facts("The overnight train will run via Curtici, in Romania's Arad county, instead.")
            .contains("Curtici located-in Arad"));
    EXPECT_TRUE(facts("Power comes over lines running from Russia's Buryatia republic.")
                    .contains("Buryatia located-in Russia"));
}

// A known person's surname with a hyphen after another first name is someone else: "Maher
// al-Assad" is not Bashar al-Assad.
TEST(Extractor, AHyphenatedSurnameAfterAnotherFirstName) {
    const auto maher = facts(
        "The United States and the United Kingdom have sanctioned Maher al-Assad, the former "
        "president's brother.");
    EXPECT_TRUE(maher.contains("United States sanctions Maher al-Assad"));
    EXPECT_FALSE(maher.contains("United States sanctions Bashar al-Assad"));
}

// Armed by another is supplied, not supported; and a country's foreign ministry acts for it.
TEST(Extractor, ArmedBySuppliesAndTheForeignOfficeIsBritain) {
    const auto armed = facts("The Houthis, who are armed and funded by Iran, fired at Israel.");
    EXPECT_TRUE(armed.contains("Iran supplies Houthis"));
    EXPECT_FALSE(armed.contains("Iran supports Houthis"));
    EXPECT_TRUE(facts("The UK Foreign, Commonwealth and Development Office (FCDO) continues to "
                      "warn of the threat that the Houthis pose to shipping.")
                    .contains("United Kingdom warns-of Houthis"));
}

TEST(Extractor, PairsActingUnderAnAgreementOrAgreeingInAClause) {
    EXPECT_TRUE(facts("Following an agreement in July under which the two countries, Jordan and "
                      "Syria, reopened the border post, trade grew.")
                    .contains("Jordan cooperates-with Syria"));
    EXPECT_TRUE(facts("A ferry service that Lebanon and Cyprus agreed in February to relaunch now "
                      "runs twice a week.")
                    .contains("Cyprus cooperates-with Lebanon"));
    // "that" opening what was announced: a ceasefire agreed is no cooperation of this rule's.
    EXPECT_FALSE(facts("Trump announced that India and Pakistan have agreed to a full ceasefire.")
                     .contains("India cooperates-with Pakistan"));
    EXPECT_TRUE(facts("The delegates met under Saudi and American sponsorship.")
                    .contains("Saudi Arabia cooperates-with United States"));
    EXPECT_FALSE(facts("The delegates met under Saudi and American mediation.")
                     .contains("Saudi Arabia cooperates-with United States"));
}

// A predicate after ", and" shares the subject that an adverb opens the sentence before.
TEST(Extractor, PredicatesAfterAnOpeningAdverb) {
    EXPECT_TRUE(facts("Meanwhile the Colombo Tea Traders' Association criticised the United Arab "
                      "Emirates over lax checks, and urged the European Union to require "
                      "certificates.")
                    .contains("Colombo Tea Traders' Association urges European Union"));
}

TEST(Extractor, MoneyPaidOrReleasedAndSomeOfThatPowerSold) {
    const auto sold = facts("Ethiopia already sells some of that power to Djibouti and Kenya.");
    EXPECT_TRUE(sold.contains("Ethiopia supplies Djibouti"));
    EXPECT_TRUE(sold.contains("Ethiopia supplies Kenya"));
    EXPECT_TRUE(facts("I thank the United States, which has paid allowances to Ugandan troops.")
                    .contains("United States supplies Uganda"));
    EXPECT_FALSE(facts("The United States paid tribute to Ugandan troops.")
                     .contains("United States supplies Uganda"));
    EXPECT_TRUE(facts("The European Union is paying out budget support to Cairo in stages.")
                    .contains("European Union supplies Egypt"));
    EXPECT_TRUE(facts("The International Finance Corporation disbursed the second part of its "
                      "120 million dollar loan to Jordan in September.")
                    .contains("International Finance Corporation supplies Jordan"));
}

// The review of this session's changes found these read wrong; each stays mended.
TEST(Extractor, GivesNoneOfTheWrongFactsTheThirtyFifthReviewFound) {
    // "and" between a person and a country in a subject list, or before "of", joins them.
    const auto condemned = facts("Zelensky and Poland condemned Russia.");
    EXPECT_TRUE(condemned.contains("Volodymyr Zelensky criticizes Russia"));
    EXPECT_TRUE(condemned.contains("Poland criticizes Russia"));
    EXPECT_TRUE(facts("Kim Jong Un and Russia signed a mutual defence pact.")
                    .contains("Kim Jong Un allied-with Russia"));
    EXPECT_TRUE(facts("Kyiv accused Putin and Russia of war crimes.")
                    .contains("Ukraine criticizes Russia"));
    // A bracketed country after a speaker's name in a sentence places no one.
    const auto speakers =
        entities("Statements were made by Nebenzia (Russia) and Woodward (United Kingdom).");
    EXPECT_FALSE(speakers.contains("Woodward:location"));
    EXPECT_TRUE(facts("Your new itinerary:\n- Piraeus (Greece): embarkation.\n- Alexandria "
                      "(Egypt): as planned.")
                    .contains("Alexandria located-in Egypt"));
    // "via" before a firm placed in a country without a comma.
    EXPECT_FALSE(
        entities("Payments were routed via Garantex in Russia.").contains("Garantex:location"));
    // A national station that is no border post.
    EXPECT_FALSE(facts("Vostok, the Russian station, is the coldest place on Earth.")
                     .contains("Vostok located-in Russia"));
    // Things sent that are no goods.
    EXPECT_FALSE(facts("Turkey sent condolences, messages and flowers to Israel.")
                     .contains("Turkey supplies Israel"));
    // A country's campaign against another is its own.
    EXPECT_TRUE(facts("Washington supported the Israel campaign against Hezbollah.")
                    .contains("United States supports Israel"));
    // The owner of others who act is not their subject.
    EXPECT_FALSE(facts("In 2017 Qatar's neighbours severed relations with Doha and imposed "
                       "sanctions on Bahrain.")
                     .contains("Qatar sanctions Bahrain"));
    EXPECT_FALSE(
        entities("The Cape Coast Grid sold power to Ghana.").contains("Cape Coast Grid:location"));
    EXPECT_FALSE(facts("Serbia and Kosovo concluded talks on the agreement without a deal.")
                     .contains("Kosovo cooperates-with Serbia"));
}

TEST(Extractor, MembersCountedNamedAfterAColonOrTogetherWithAnother) {
    const auto forum = facts(
        "The Pacific Islands Forum has 18 members, and they include Australia and New Zealand.");
    EXPECT_TRUE(forum.contains("Australia member-of Pacific Islands Forum"));
    EXPECT_TRUE(forum.contains("New Zealand member-of Pacific Islands Forum"));
    const auto gcc = facts(
        "The Gulf Cooperation Council (GCC) was founded in 1981 by six states: Saudi Arabia, "
        "Kuwait, the United Arab Emirates (UAE), Qatar, Bahrain and Oman.");
    EXPECT_TRUE(gcc.contains("Kuwait member-of Gulf Cooperation Council"));
    EXPECT_TRUE(gcc.contains("Oman member-of Gulf Cooperation Council"));
    const auto mercosur = facts(
        "Uruguay is a founding member of Mercosur together with Argentina, Brazil and "
        "Paraguay.");
    EXPECT_TRUE(mercosur.contains("Paraguay member-of Mercosur"));
    EXPECT_TRUE(mercosur.contains("Uruguay member-of Mercosur"));
}

// A participle's phrase opening a sentence may name places: its subject's predicates after it
// are still the subject's.
TEST(Extractor, PredicatesAfterAnOpeningParticiplePhrase) {
    const auto spoke = facts(
        "Speaking at a press conference in Brussels, Mr Tshisekedi thanked Belgium, accused Rwanda "
        "of plundering minerals, and urged Belgium to act.");
    EXPECT_TRUE(spoke.contains("Félix Tshisekedi criticizes Rwanda"));
    EXPECT_TRUE(spoke.contains("Félix Tshisekedi urges Belgium"));
}

// A verb that ends or undoes its object ("ended the talks", "lifted the ban") negates only that
// object: a predicate after "and" in its tense is the subject's, as after "denied".
TEST(Extractor, PredicateAfterAVerbThatUndoesItsObject) {
    EXPECT_TRUE(facts("Donald Trump ended the trade talks and accused Canada of fraud.")
                    .contains("Donald Trump criticizes Canada"));
    EXPECT_TRUE(facts("Canada suspended the talks and sanctioned Mexico.")
                    .contains("Canada sanctions Mexico"));
    EXPECT_TRUE(facts("Washington lifted the ban and imposed sanctions on Venezuela.")
                    .contains("United States sanctions Venezuela"));
    // What it undoes stays undone, and so does what a negation before it governs.
    EXPECT_FALSE(facts("Russia halted gas supplies to Europe and closed the pipeline.")
                     .contains("Russia supplies Europe"));
    EXPECT_FALSE(facts("Canada did not end the talks and sanction Mexico.")
                     .contains("Canada sanctions Mexico"));
}

// A participle after "after" or "while" is what the subject did besides: "suspended the talks
// after accusing Brazil of spying".
TEST(Extractor, ParticipleAfterAfterOrWhileIsTheSubjects) {
    EXPECT_TRUE(facts("Paraguay suspended the talks after accusing Brazil of spying.")
                    .contains("Paraguay criticizes Brazil"));
    EXPECT_TRUE(facts("Russia rejected the report while accusing Ukraine of lying.")
                    .contains("Russia criticizes Ukraine"));
    EXPECT_TRUE(facts("Ukraine reopened the port after meeting Turkey.")
                    .contains("Turkey meets-with Ukraine"));
    EXPECT_FALSE(facts("Russia did not attack after meeting Ukraine.")
                     .contains("Russia meets-with Ukraine"));
}

TEST(Extractor, GiftsGrantsAndGoodsProvidedToOneByAnother) {
    EXPECT_TRUE(facts("Japan's grant to Niger covered the cost of new warehouses.")
                    .contains("Japan supplies Niger"));
    EXPECT_TRUE(facts("The tractors were Turkey's gift to Niger's farmer cooperatives.")
                    .contains("Turkey supplies Niger"));
    EXPECT_TRUE(facts("Japan's aid to Bhutan began with power tillers in the 1980s.")
                    .contains("Japan supplies Bhutan"));
    EXPECT_TRUE(facts("The ground stations were provided to Bangladesh by China under a loan "
                      "agreement.")
                    .contains("China supplies Bangladesh"));
    EXPECT_TRUE(facts("The boats were supplied to Ghana last year by Denmark.")
                    .contains("Denmark supplies Ghana"));
}

TEST(Extractor, TroopsFromCountriesThatWentToAPlace) {
    const auto haiti = facts(
        "Police officers and soldiers from Kenya, Jamaica and El Salvador have gone to Haiti to "
        "stand beside our own officers.");
    EXPECT_TRUE(haiti.contains("Kenya deploys-to Haiti"));
    EXPECT_TRUE(haiti.contains("El Salvador deploys-to Haiti"));
}

// "its" before a part of the subject's country, with a direction word between; a country that
// owns the place named before is not the subject of what follows, and "has" after an
// infinitive's object is the subject's verb.
TEST(Extractor, TroopsSentToItsEasternStateAfterAClaimToAnothersRegion) {
    const auto sent = facts(
        "Venezuela continues to claim Guyana's Essequibo region and has sent troops to its "
        "eastern Bolivar state, next to the border.");
    EXPECT_TRUE(sent.contains("Venezuela deploys-to Bolivar"));
    EXPECT_TRUE(sent.contains("Bolivar located-in Venezuela"));
    EXPECT_FALSE(sent.contains("Guyana deploys-to Bolivar"));
    EXPECT_FALSE(sent.contains("Bolivar located-in Guyana"));
}

// An aside of where a name is, left out before the name's verb.
TEST(Extractor, AsideOfWhereTheSubjectIs) {
    EXPECT_TRUE(facts("Canada, where the company is based, has urged Mali to release the "
                      "employees.")
                    .contains("Canada urges Mali"));
    EXPECT_FALSE(facts("The parts were shipped to Iran, where they were delivered to Shahed "
                       "Aviation Industries, a manufacturer that Washington sanctioned in 2022.")
                     .contains("United States sanctions Iran"));
}

// "but" and a verb in the form of the subject's first is the subject's too, and a negation
// before "but" does not reach it.
TEST(Extractor, PredicateAfterButIsTheSubjects) {
    EXPECT_TRUE(facts("Cuban President Miguel Diaz-Canel thanked Madrid, but accused Washington "
                      "of making recovery harder.")
                    .contains("Miguel Díaz-Canel criticizes United States"));
    EXPECT_TRUE(facts("Sajith Premadasa conceded defeat but accused the National People's "
                      "Power of using state resources.")
                    .contains("Sajith Premadasa criticizes National People's Power"));
    EXPECT_TRUE(facts("Turkey did not sign the deal but criticised Greece.")
                    .contains("Turkey criticizes Greece"));
    // Not a verb in another form: "but" before a noun phrase or a clause of its own.
    EXPECT_FALSE(facts("Turkey did not sign the deal but Greece criticised Cyprus.")
                     .contains("Turkey criticizes Cyprus"));
}

TEST(Extractor, PairThatUpgradedOrExtendedItsAgreement) {
    EXPECT_TRUE(facts("Peru and China have upgraded their free trade agreement.")
                    .contains("China cooperates-with Peru"));
    EXPECT_TRUE(facts("Japan and Australia extended their defence agreement in May.")
                    .contains("Australia cooperates-with Japan"));
}

// ", and so do A and B" and ", as does A" share the sentence subject's predicate.
TEST(Extractor, OthersThatDoSoShareThePredicate) {
    const auto forum = facts(
        "Solomon Islands, Fiji and Tonga all belong to the Pacific Islands Forum, and so do "
        "Australia and New Zealand.");
    EXPECT_TRUE(forum.contains("Australia member-of Pacific Islands Forum"));
    EXPECT_TRUE(forum.contains("New Zealand member-of Pacific Islands Forum"));
    EXPECT_TRUE(facts("Germany supplies weapons to Ukraine, as does France.")
                    .contains("France supplies Ukraine"));
}

// A cleric's title is no part of the name; "Bishop" stays a surname ("Julie Bishop").
TEST(Extractor, ClericsTitlesBeforeNames) {
    EXPECT_TRUE(entities("Archbishop Bagrat Galstanyan led a march to Yerevan.")
                    .contains("Bagrat Galstanyan:person"));
    EXPECT_TRUE(facts("The UN special envoy, Julie Bishop, met Min Aung Hlaing in Naypyitaw.")
                    .contains("Julie Bishop meets-with Min Aung Hlaing"));
}

// A relative clause after a titled name whose mention took in the title's commas is read past.
TEST(Extractor, RelativeClauseAfterATitleInCommas) {
    EXPECT_TRUE(facts("India's National Security Adviser, Ajit Doval, who flew in overnight, met "
                      "Anura Kumara Dissanayake before lunch.")
                    .contains("Ajit Doval meets-with Anura Kumara Dissanayake"));
}

TEST(Extractor, GoodsOfACountrySoldToAnother) {
    EXPECT_TRUE(facts("Bhutanese electricity is now sold to Bangladesh through the Indian grid.")
                    .contains("Bhutan supplies Bangladesh"));
    EXPECT_TRUE(facts("Russian gas was sold to Hungary under a long-term contract.")
                    .contains("Russia supplies Hungary"));
}

TEST(Extractor, ProtestsMadeInWritingOrStrongly) {
    EXPECT_TRUE(facts("In May, Kathmandu protested in writing against India's decision to close "
                      "the crossing.")
                    .contains("Nepal criticizes India"));
    EXPECT_TRUE(
        facts("Manila protested formally to Beijing.").contains("Philippines criticizes China"));
}

TEST(Extractor, MeetingOfAListOfCountries) {
    const auto met = facts(
        "Copy of the record of the first trilateral meeting of China, Pakistan and Bangladesh, "
        "held in China's Kunming in June.");
    EXPECT_TRUE(met.contains("China meets-with Pakistan"));
    EXPECT_TRUE(met.contains("Bangladesh meets-with China"));
    EXPECT_TRUE(met.contains("Bangladesh meets-with Pakistan"));
}

TEST(Extractor, PlaceWhereTroopsOfACountryWereSent) {
    EXPECT_TRUE(
        facts("A relief map shows the Doklam plateau, where Indian troops were sent in 2017 "
              "to halt road-building.")
            .contains("India deploys-to Doklam"));
}

TEST(Extractor, PairThatJointlyDistributesOrHosts) {
    EXPECT_TRUE(facts("UNHCR and the World Food Programme (WFP) are jointly distributing food at "
                      "11 sites in eastern Chad.")
                    .contains("UNHCR cooperates-with WFP"));
}

// A body of its own named after a country or a place is one name, without the acronym the
// place's mention took in.
TEST(Extractor, BodiesNamedAfterTheirCountryOrPlace) {
    const auto museums = facts(
        "The Royal Museum for Central Africa (RMCA) and the National Museum of the Democratic "
        "Republic of the Congo (MNRDC) today signed an agreement on loans.");
    EXPECT_TRUE(museums.contains(
        "National Museum of the Democratic Republic of the Congo cooperates-with Royal Museum for "
        "Central Africa"));
    EXPECT_TRUE(entities("The PRF signed an agreement with the University of the South Pacific "
                         "(USP).")
                    .contains("University of the South Pacific:organization"));
    // Not an organ of the state: "the Foreign Ministry of Russia" acts for Russia.
    EXPECT_TRUE(facts("The Foreign Ministry of Russia condemned Ukraine.")
                    .contains("Russia criticizes Ukraine"));
}

// A relative clause after an apposition that holds a possessive and a title's capitalized words
// is the person's.
TEST(Extractor, RelativeClauseAfterAPossessiveTitle) {
    const auto urged = facts(
        "I recorded a statement by Kaja Kallas, the EU's High Representative, who urged both "
        "Belgrade and Pristina to show restraint.");
    EXPECT_TRUE(urged.contains("Kaja Kallas urges Serbia"));
    EXPECT_TRUE(urged.contains("Kaja Kallas urges Kosovo"));
    EXPECT_FALSE(urged.contains("European Union urges Serbia"));
}

// A clause opens after a preposition and "which", and its predicates after "and" share its
// subject.
TEST(Extractor, ClauseAfterAtWhich) {
    const auto called = facts(
        "I filmed a press conference at which Kosovo's Prime Minister, Albin Kurti, accused Serbia "
        "of organising the attack and called on the European Union to impose sanctions.");
    EXPECT_TRUE(called.contains("Albin Kurti criticizes Serbia"));
    EXPECT_TRUE(called.contains("Albin Kurti urges European Union"));
}

// People named with the country each is of, in a list: the list is read again without the
// countries. Not a comma before an aside about the country.
TEST(Extractor, PeopleOfTheirCountriesInAList) {
    EXPECT_TRUE(
        facts("Presidents Santiago Pena of Paraguay and Luiz Inacio Lula da Silva of Brazil "
              "met at the summit in Buenos Aires.")
            .contains("Lula meets-with Santiago Peña"));
    EXPECT_TRUE(facts("Prime Ministers Narendra Modi of India and Keir Starmer of the United "
                      "Kingdom met in Mumbai.")
                    .contains("Keir Starmer meets-with Narendra Modi"));
    EXPECT_FALSE(facts("Lavrov met Wang Yi of China, a founding member of BRICS, in Moscow.")
                     .contains("Wang Yi member-of BRICS"));
    EXPECT_FALSE(facts("Biden met Xi Jinping of China, Russia's closest partner, in Lima.")
                     .contains("Russia allied-with Xi Jinping"));
}

TEST(Extractor, BuyersOfACountrysGoodsAndGoodsDeliveredWithOthers) {
    EXPECT_TRUE(facts("Italy is now the largest buyer of Algeria's gas.")
                    .contains("Algeria supplies Italy"));
    EXPECT_TRUE(
        facts("India is the largest buyer of Russian oil.").contains("Russia supplies India"));
    EXPECT_TRUE(
        facts("France has delivered some 100 tonnes of medical aid and building material to "
              "Lebanon since the truce.")
            .contains("France supplies Lebanon"));
}

TEST(Extractor, TradeBlocsOfAfricaAndSouthAsia) {
    EXPECT_TRUE(facts("Algeria is a member of the African Continental Free Trade Area (AfCFTA).")
                    .contains("Algeria member-of African Continental Free Trade Area"));
    EXPECT_TRUE(facts("Bangladesh and Pakistan are both founding members of the D-8.")
                    .contains("Pakistan member-of D-8"));
    EXPECT_TRUE(facts("Bhutan is a member of BIMSTEC and of the South Asian Association for "
                      "Regional Cooperation.")
                    .contains("Bhutan member-of SAARC"));
}

// What the thirty-sixth review found of this session's readings, each mended.
TEST(Extractor, GivesNoneOfTheWrongFactsTheThirtySixthReviewFound) {
    // A participle after "after" or "while" is the subject's only for speech or a meeting.
    EXPECT_FALSE(facts("The United States sanctioned three Chinese firms after supplying "
                       "components to Russia.")
                     .contains("United States supplies Russia"));
    // "but" before a noun is no predicate.
    EXPECT_FALSE(facts("China opposes the war but sanctions on Russia remain in place.")
                     .contains("China sanctions Russia"));
    EXPECT_FALSE(facts("India buys Russian oil but exports to Ukraine continue.")
                     .contains("India supplies Ukraine"));
    // An owner's predicate is not shared by "as does".
    EXPECT_FALSE(facts("Russia's war against Ukraine threatens Europe, as does China.")
                     .contains("China fights Ukraine"));
    // Aid held back is none given; documents handed to a news agency are no goods.
    EXPECT_FALSE(
        facts("Israel's blockade of aid to Gaza drew criticism.").contains("Israel supplies Gaza"));
    EXPECT_FALSE(facts("Documents provided to Reuters by Ukraine's defence ministry show the "
                       "strikes.")
                     .contains("Ukraine supplies Reuters"));
    // Troops a demonym names came from a place, not from its state.
    EXPECT_FALSE(facts("Russian troops from Syria went to Libya after Assad fell.")
                     .contains("Syria deploys-to Libya"));
    EXPECT_FALSE(facts("Turkey and Lebanon together host millions of Syrian refugees.")
                     .contains("Lebanon cooperates-with Turkey"));
    EXPECT_FALSE(facts("Nepal protested in writing to the United Nations about India's map.")
                     .contains("Nepal criticizes United Nations"));
    EXPECT_FALSE(entities("The plane landed at Imam Khomeini International Airport.")
                     .contains("Khomeini International Airport:person"));
    EXPECT_FALSE(entities("The Berlin Conference for Libya urged Turkey to withdraw.")
                     .contains("Conference for Libya:other"));
    EXPECT_FALSE(facts("France sent gendarmes to its Pacific territory of New Caledonia.")
                     .contains("France deploys-to Pacific Ocean"));
}

TEST(Extractor, ReadingsTheThirtySixthReviewFoundMissing) {
    // "to" inside the object of a verb that undoes it opens no clause; a verb in the past of
    // its own is in the undoing verb's tense.
    EXPECT_TRUE(facts("Germany suspended arms exports to Saudi Arabia and supplied weapons to "
                      "Ukraine.")
                    .contains("Germany supplies Ukraine"));
    EXPECT_TRUE(facts("Israel ended the ceasefire and struck Hamas targets in Gaza.")
                    .contains("Israel fights Hamas"));
    EXPECT_TRUE(facts("Finland joined NATO in 2023, as did Sweden a year later.")
                    .contains("Sweden member-of NATO"));
    EXPECT_TRUE(facts("Nigeria deployed soldiers to its northeastern Borno state.")
                    .contains("Nigeria deploys-to Borno"));
}

// What a second reading of the session's last changes found, each mended.
TEST(Extractor, GivesNoneOfTheWrongFactsTheSecondReviewOfSession36Found) {
    EXPECT_FALSE(facts("Orban is the biggest buyer of Putin's lies, critics say.")
                     .contains("Vladimir Putin supplies Viktor Orbán"));
    EXPECT_FALSE(facts("China is the biggest buyer of America's Treasury bonds.")
                     .contains("United States supplies China"));
    EXPECT_FALSE(
        facts("Israel sent troops to its Gaza border.").contains("Israel deploys-to Gaza"));
    EXPECT_FALSE(entities("The ASEAN Foreign Ministers Meeting in Vientiane criticized Myanmar.")
                     .contains("Meeting:person"));
    // Kept or given again: a verb in the past with a plain noun after "but", a participle
    // after "after" unless the verb punishes its object, UN troops from a country, goods
    // provided to a body, talks hosted together.
    EXPECT_TRUE(facts("France did not join the coalition but sent warships to the Red Sea.")
                    .contains("France deploys-to Red Sea"));
    EXPECT_TRUE(facts("Israel bombed Beirut after sending troops into Lebanon.")
                    .contains("Israel deploys-to Lebanon"));
    EXPECT_TRUE(
        facts("UN troops from Ghana arrived in Lebanon.").contains("Ghana deploys-to Lebanon"));
    EXPECT_TRUE(facts("The missiles provided to Hezbollah by Iran were used in the attack.")
                    .contains("Iran supplies Hezbollah"));
    EXPECT_TRUE(facts("Egypt and Qatar together hosted the talks in Cairo.")
                    .contains("Egypt cooperates-with Qatar"));
    EXPECT_TRUE(facts("The two Presidents, Xi Jinping and Joe Biden, met in Lima.")
                    .contains("Joe Biden meets-with Xi Jinping"));
}

}  // namespace kg::extract
