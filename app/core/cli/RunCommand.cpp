#include "RunCommand.h"

#include "RunReport.h"
#include "SessionWaiter.h"
#include "Terminal.h"

#include "core/lesson/TextFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Duet
{

namespace
{

// The messages' translation context. lupdate files a free function's plain
// tr() under its namespace, so every call names this class.
struct RunCommand {
    Q_DECLARE_TR_FUNCTIONS(Duet::RunCommand)
};

/// The file named by --stdin, at most `limit` bytes of it: a device such as
/// /dev/zero never ends.
std::expected<QByteArray, QString> readStandardInput(const QString &fileName, qint64 limit)
{
    if (fileName.isEmpty())
        return QByteArray();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return std::unexpected(RunCommand::tr("cannot read %1: %2").arg(fileName, file.errorString()));
    QByteArray data;
    while (data.size() <= limit) {
        const QByteArray chunk = file.read(qMin<qint64>(1 << 16, limit + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > limit) {
        data.truncate(limit);
        Terminal::complain(RunCommand::tr("%1 is longer than the input limit; the program gets its first %2 bytes")
                               .arg(fileName)
                               .arg(limit));
    }
    return data;
}

/// The file named by --program, checked as a lesson pack's C++ is: a
/// regular file (never a FIFO or a device, which could block or never end),
/// at most 1 MiB, valid UTF-8. Line endings become "\n".
std::expected<QString, QString> readProgram(const QString &fileName)
{
    // TextFile checks the size again as it reads; this only words the
    // common case for a program rather than for a lesson file.
    if (const QFileInfo info(fileName); info.isFile() && info.size() > TextFile::maximumSize) {
        return std::unexpected(RunCommand::tr("%1: the file is %2 KiB; a program may be at most %3 KiB")
                                   .arg(fileName)
                                   .arg(info.size() / 1024)
                                   .arg(TextFile::maximumSize / 1024));
    }
    Diagnostics errors;
    const std::optional<QByteArray> bytes = TextFile::read(fileName, {}, errors);
    if (!bytes)
        return std::unexpected(errors.isEmpty() ? RunCommand::tr("%1: cannot be read").arg(fileName)
                                                : errors.constFirst().toString());
    QString text = QString::fromUtf8(*bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

void printCompileFailure(const CompileReport &report)
{
    for (const Diagnostic &diagnostic : report.diagnostics)
        Terminal::errorLine(diagnostic.toCompilerString());
    // What maps to no line of the program — link errors, errors in headers,
    // a full disk — is only in the compiler's own words.
    if (report.markedCount() == 0 && !report.output.trimmed().isEmpty())
        Terminal::error(report.output.endsWith(QLatin1Char('\n')) ? report.output : report.output + QLatin1Char('\n'));
}

int singleLanguageStatus(const RunOutcome &outcome, Language language, const QString &label)
{
    const LanguageOutcome &run = outcome.of(language);
    if (run.status == LanguageOutcome::Status::CompileFailed) {
        printCompileFailure(*run.compile);
        Terminal::complain(RunCommand::tr("%1 did not compile").arg(label));
        return 1;
    }
    const RunResult *last = run.decisiveRun();
    if (!last) {
        Terminal::complain(RunCommand::tr("%1 did not run").arg(label));
        return 1;
    }
    if (last->ending == RunResult::Ending::FailedToStart) {
        Terminal::complain(last->errorMessage);
        return last->shellStatus();
    }
    if (last->outputTruncated)
        Terminal::error(RunCommand::tr("\n[output truncated at the output limit]\n"));
    QString summary = RunCommand::tr("%1: %2 · %3").arg(label, last->describeEnding(), last->timingLine());
    if (run.runs.size() > 1)
        summary += RunCommand::tr(" · %1 runs: wall %2").arg(run.runs.size()).arg(run.wall().summary());
    if (!run.startupRuns.isEmpty())
        summary += RunCommand::tr(" · start-up %1").arg(run.startupWall().summary());
    if (run.compile && run.compile->outcome == CompileReport::Outcome::Compiled)
        summary += RunCommand::tr(" · %1").arg(run.compile->describe());
    Terminal::complain(summary);
    return last->shellStatus();
}

int bothLanguagesStatus(const RunOutcome &outcome)
{
    Terminal::out(QStringLiteral("\n"));
    for (const LanguageOutcome *language : {&outcome.python, &outcome.cpp}) {
        const QString name = languageName(language->language);
        if (language->compile && !language->compile->succeeded())
            printCompileFailure(*language->compile);
        if (language->compile && language->compile->outcome != CompileReport::Outcome::Prebuilt)
            Terminal::outLine(RunCommand::tr("%1: %2").arg(name, language->compile->describe()));
        if (!language->succeeded())
            Terminal::outLine(RunCommand::tr("%1: %2").arg(name, language->problem()));
    }
    if (outcome.diff)
        Terminal::out(RunReport::differences(*outcome.diff));
    Terminal::out(QStringLiteral("\n") + RunReport::table(outcome) + QStringLiteral("\n"));
    if (outcome.verdict)
        Terminal::outLine(outcome.verdict->text);
    return outcome.passed() ? 0 : 1;
}

} // namespace

int runSectionFromCommandLine(const LessonCollection &lessons, const CommandLine &commandLine)
{
    const Lesson *lesson = nullptr;
    const Section *section = lessons.section(commandLine.section, &lesson);
    if (!section) {
        for (const Diagnostic &error : lessons.errors)
            Terminal::errorLine(error.toString());
        Terminal::complain(
            RunCommand::tr("there is no section '%1'; `duet --list` shows the sections").arg(commandLine.section));
        return 2;
    }
    std::optional<QString> program;
    if (!commandLine.programFile.isEmpty()) {
        auto text = readProgram(commandLine.programFile);
        if (!text) {
            Terminal::complain(text.error());
            return 2;
        }
        program = std::move(*text);
    }
    for (const Language language : {Language::Python, Language::Cpp}) {
        const bool wanted = commandLine.bothLanguages || commandLine.language == language;
        // A section without C++ is an exercise: --program brings the C++.
        const bool present = section->has(language) || (language == Language::Cpp && program);
        if (wanted && !present) {
            Terminal::complain(
                language == Language::Cpp && section->hasPython()
                    ? RunCommand::tr(
                          "section '%1' has no C++ program: it is an exercise; run yours with --program FILE")
                          .arg(commandLine.section)
                    : RunCommand::tr("section '%1' has no %2 program")
                          .arg(commandLine.section, languageName(language)));
            return 2;
        }
    }

    RunRequest request;
    request.section = *section;
    request.address = lesson->address(*section);
    request.python = {section->python.text, false};
    request.cpp = {section->cpp.text, false};
    if (program) {
        // The file stands in for the section's C++, this run only: compiled
        // as the learner's own program, its compiler messages naming the file.
        request.section.cpp = CodeListing {};
        request.section.cpp.text = *program;
        request.section.cpp.fileName = commandLine.programFile;
        request.cpp = {*program, true};
    }
    request.limits = RunLimits::fromSettings(commandLine.timeoutSeconds);
    request.plan = commandLine.bothLanguages
        ? RunPlan::both(commandLine.repeat > 0 ? commandLine.repeat : RunPlan::defaultComparisonRounds)
        : RunPlan::single(commandLine.language, qMax(commandLine.repeat, 1));
    const auto input = readStandardInput(commandLine.stdinFile, request.limits.outputBytesPerStream);
    if (!input) {
        Terminal::complain(input.error());
        return 2;
    }
    request.standardInput = *input;

    const bool both = commandLine.bothLanguages;
    std::function<void(Language, const QString &, bool)> echo;
    if (!commandLine.json) {
        echo = [both, heading = std::optional<Language>()](Language language, const QString &text,
                                                           bool standardError) mutable {
            // With both languages, each program's output comes under its name.
            if (both && heading != language) {
                heading = language;
                Terminal::out(RunCommand::tr("── %1 ──\n").arg(languageName(language)));
            }
            standardError ? Terminal::error(text) : Terminal::out(text);
        };
    }
    const RunOutcome outcome = runToEnd(request, echo);

    if (commandLine.json) {
        Terminal::out(RunReport::json(outcome));
        if (both)
            return outcome.passed() ? 0 : 1;
        const RunResult *last = outcome.of(commandLine.language).decisiveRun();
        return outcome.of(commandLine.language).status == LanguageOutcome::Status::CompileFailed || !last
            ? 1
            : last->shellStatus();
    }
    if (both)
        return bothLanguagesStatus(outcome);
    return singleLanguageStatus(outcome, commandLine.language,
                                RunCommand::tr("%1 (%2)").arg(outcome.address, languageName(commandLine.language)));
}

} // namespace Duet
