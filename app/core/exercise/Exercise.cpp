#include "Exercise.h"

namespace Duet
{

CodeListing Exercise::starterFor(const Section &section)
{
    return section.cppStarter.isEmpty() ? defaultStarter() : section.cppStarter;
}

CodeListing Exercise::defaultStarter()
{
    CodeListing starter;
    starter.text = QStringLiteral("#include <print>\n"
                                  "\n"
                                  "int main()\n"
                                  "{\n"
                                  "}\n");
    starter.sourceLines = {1, 2, 3, 4, 5};
    return starter;
}

} // namespace Duet
