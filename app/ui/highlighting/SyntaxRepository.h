#pragma once

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Duet
{

/// The one KSyntaxHighlighting repository of the application. Loading the
/// definitions and themes is the most expensive part of highlighting, so it
/// happens once, on first use, and every pane, the prose and the theme menu
/// share the result.
[[nodiscard]] KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace Duet
