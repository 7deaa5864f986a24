#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "extract/extract.h"
#include "extract/text.h"

namespace kg::extract {
namespace {

TEST(ReadDocument, ReadsTheHeaderBlock) {
    const Document doc = read_document(
        "a.txt", "Troops arrive in Kursk\nDate: 2024-10-28\nSource: Test desk\n\nBody text.\n");
    EXPECT_EQ(doc.meta.title, "Troops arrive in Kursk");
    EXPECT_EQ(doc.meta.date, "2024-10-28");
    EXPECT_EQ(doc.meta.source, "Test desk");
    EXPECT_EQ(doc.title_end, 22U);
    EXPECT_EQ(doc.text.substr(doc.body_begin), "\nBody text.\n");
}

TEST(ReadDocument, TextWithoutAHeaderIsJustText) {
    const Document doc = read_document("a.txt", "First line\nsecond line\n\nmore");
    EXPECT_TRUE(doc.meta.title.empty());
    EXPECT_EQ(doc.body_begin, 0U);
    EXPECT_EQ(doc.title_end, 0U);
}

TEST(ReadDocument, WarnsAboutAMalformedDateAndKeepsGoing) {
    const Document doc = read_document("a.txt", "Title\nDate: next week\n\nBody.");
    EXPECT_TRUE(doc.meta.date.empty());
    ASSERT_EQ(doc.warnings.size(), 1U);
    EXPECT_NE(doc.warnings[0].find("next week"), std::string::npos);
}

TEST(ReadDocument, WarnsAboutADayNoMonthHas) {
    const Document doc = read_document("a.txt", "Title\nDate: 2024-02-30\n\nBody.");
    EXPECT_TRUE(doc.meta.date.empty());
    ASSERT_EQ(doc.warnings.size(), 1U);
    EXPECT_NE(doc.warnings[0].find("2024-02-30"), std::string::npos);
    EXPECT_EQ(read_document("b.txt", "Title\nDate: 2024-02-29\n\nBody.").meta.date, "2024-02-29");
}

TEST(ReadDocument, AByteOrderMarkIsNotPartOfTheTitle) {
    const Document doc =
        read_document("a.txt", "\xEF\xBB\xBFTroops arrive in Kursk\nDate: 2024-10-28\n\nBody.\n");
    EXPECT_EQ(doc.meta.title, "Troops arrive in Kursk");
    EXPECT_EQ(doc.meta.date, "2024-10-28");
    EXPECT_EQ(doc.text.substr(doc.title_begin, doc.title_end - doc.title_begin),
              "Troops arrive in Kursk");
    const Document plain = read_document("b.txt", "\xEF\xBB\xBFJust text.\n");
    EXPECT_TRUE(plain.meta.title.empty());
    EXPECT_EQ(plain.body_begin, 3U);
}

TEST(ReadDocument, RefusesEmptyInput) {
    EXPECT_THROW(read_document("empty.txt", ""), Error);
    EXPECT_THROW(read_document("blank.txt", "  \n\n "), Error);
    EXPECT_THROW(read_document("blank.txt", "\t \r\n\f\v \n"), Error);
}

TEST(ReadDocument, RefusesBinaryDataNamingTheFile) {
    try {
        read_document("photo.jpg", std::string("\xFF\xD8\xFF\x00JFIF", 8));
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("photo.jpg"), std::string::npos);
    }
}

TEST(ReadDocument, NamesUtf16ForWhatItIs) {
    for (const std::string& bytes : {std::string("\xFF\xFEH\0i\0\n\0", 8),
                                    std::string("\xFE\xFF\0H\0i\0\n", 8)}) {
        try {
            read_document("notes.txt", bytes);
            FAIL() << "accepted UTF-16";
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find("notes.txt: UTF-16 text"), std::string::npos)
                << e.what();
            EXPECT_NE(std::string(e.what()).find("iconv -f UTF-16 -t UTF-8"), std::string::npos);
        }
    }
    try {
        read_document("wide.txt", std::string("\xFF\xFE\0\0H\0\0\0", 8));
        FAIL() << "accepted UTF-32";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("wide.txt: UTF-32 text"), std::string::npos)
            << e.what();
    }
}

TEST(ReadDocument, RefusesInvalidUtf8NamingTheOffset) {
    try {
        read_document("bad.txt", "Russia and \xC3\x28 more");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("bad.txt"), std::string::npos);
        EXPECT_NE(message.find("offset 11"), std::string::npos) << message;
    }
    // Overlong encodings and surrogates are invalid too.
    EXPECT_THROW(read_document("overlong.txt", "a \xC0\xAF b"), Error);
    EXPECT_THROW(read_document("surrogate.txt", "a \xED\xA0\x80 b"), Error);
}

// ASCII is checked eight bytes at a time: a bad byte is found at any place in a block, and
// valid multi-byte characters between blocks do not hide one.
TEST(ReadDocument, FindsTheFirstInvalidByteWhereverItIs) {
    for (std::size_t at = 0; at < 40; ++at) {
        if (at == 3 || at == 4) {
            continue;  // the bytes of the é
        }
        std::string text(40, 'a');
        text.replace(3, 2, "\xC3\xA9");  // é, valid
        text[at] = '\xFF';
        EXPECT_EQ(first_invalid_utf8(text), at) << at;
        text[at] = 'a';
        EXPECT_EQ(first_invalid_utf8(text), std::nullopt) << at;
    }
}

TEST(ContentHash, IsStableAndDistinguishesBytes) {
    EXPECT_EQ(content_hash("abc"), content_hash("abc"));
    EXPECT_NE(content_hash("abc"), content_hash("abd"));
    EXPECT_EQ(content_hash("abc").size(), 32U);
}

}  // namespace
}  // namespace kg::extract
