#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

namespace Duet
{

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace Duet
