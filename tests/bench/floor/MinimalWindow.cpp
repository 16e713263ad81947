// The floor for Duet's start-up and memory figures: the least a program
// showing highlighted code with this stack must do. It loads the
// KSyntaxHighlighting repository, shows one QsciScintilla, prints
// "first frame" once that has been painted, and quits.

#include <KSyntaxHighlighting/Repository>

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace
{

class FirstFrameWatcher final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, [] {
                std::fputs("first frame\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    FirstFrameWatcher watcher;
    QApplication::instance()->installEventFilter(&watcher);
    const KSyntaxHighlighting::Repository repository;
    QsciScintilla editor;
    editor.setText(QStringLiteral("print('hello')\n"));
    editor.resize(1280, 800);
    editor.show();
    return QApplication::exec();
}
