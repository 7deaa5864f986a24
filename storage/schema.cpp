#include "core/embedded_file.h"
#include "storage/storage.h"

namespace kg::storage {

// Defined in the file cmake/embed.cmake generates from ../schema.sql.
std::vector<kg::EmbeddedFile> embedded_schema();

std::string_view schema_sql() {
    static const std::vector<kg::EmbeddedFile> files = embedded_schema();
    return files.front().contents;
}

}  // namespace kg::storage
