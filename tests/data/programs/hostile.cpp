// What a hostile lesson pack's program would try, one attempt per command,
// each printing what it achieved, so a test can see that the sandbox held:
//
//   hostile write PATH          create PATH and write to it
//   hostile read PATH           print the first line of PATH
//   hostile connect PORT        open a TCP connection to 127.0.0.1:PORT
//   hostile daemonise TOKEN     leave the run as a daemon (setsid, double fork)
//                               that sleeps for a minute; TOKEN marks it
//   hostile sleep TOKEN         sleep for a minute; TOKEN marks it
//   hostile fork-until-refused  fork until the kernel refuses, then report
//   hostile allocate N MIB      start N children that each touch MIB MiB
//   hostile descriptors         list the open file descriptors
//   hostile environment         print the environment and the working folder
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <string_view>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace
{

int writeFile(const char *path)
{
    const int file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (file < 0 || write(file, "written by a lesson program\n", 28) != 28) {
        std::printf("refused: %s\n", std::strerror(errno));
        return 1;
    }
    close(file);
    std::printf("wrote %s\n", path);
    return 0;
}

int readFile(const char *path)
{
    std::FILE *file = std::fopen(path, "r");
    if (!file) {
        std::printf("refused: %s\n", std::strerror(errno));
        return 1;
    }
    char line[256] = {};
    if (!std::fgets(line, sizeof line, file))
        line[0] = '\0';
    std::fclose(file);
    std::printf("read: %s", line);
    return 0;
}

int connectTo(int port)
{
    const int tcp = socket(AF_INET, SOCK_STREAM, 0);
    if (tcp < 0) {
        std::printf("refused: %s\n", std::strerror(errno));
        return 1;
    }
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<unsigned short>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(tcp, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        std::printf("refused: %s\n", std::strerror(errno));
        return 1;
    }
    std::printf("connected\n");
    close(tcp);
    return 0;
}

int daemonise()
{
    int ready[2];
    if (pipe(ready) != 0)
        return 1;
    std::fflush(stdout);
    if (fork() != 0) {
        // The program itself ends as soon as its daemon is up and on its own.
        close(ready[1]);
        char byte = 0;
        const bool up = read(ready[0], &byte, 1) == 1;
        int status = 0;
        wait(&status);
        std::printf(up ? "daemon running\n" : "no daemon\n");
        return 0;
    }
    setsid();
    if (fork() != 0)
        _exit(0);
    // The daemon: its own session, its parent gone, its streams closed.
    close(0);
    close(1);
    close(2);
    [[maybe_unused]] const ssize_t written = write(ready[1], "!", 1);
    close(ready[1]);
    sleep(60);
    _exit(0);
}

int forkUntilRefused()
{
    // Bounded even if nothing else bounds it: the tests run this only under
    // a process cap they can see.
    constexpr int ceiling = 5000;
    int started = 0;
    for (; started < ceiling; ++started) {
        const pid_t child = fork();
        if (child < 0) {
            std::printf("refused after %d: %s\n", started, std::strerror(errno));
            return 0;
        }
        if (child == 0) {
            pause();
            _exit(0);
        }
    }
    std::printf("never refused: %d children\n", started);
    return 1;
}

int allocate(int children, long mebibytes)
{
    for (int index = 0; index < children; ++index) {
        if (fork() == 0) {
            const long bytes = mebibytes << 20;
            auto *block = static_cast<char *>(std::malloc(std::size_t(bytes)));
            if (!block)
                _exit(2);
            for (long offset = 0; offset < bytes; offset += 4096)
                block[offset] = 1;
            // Holds the memory until the others have theirs too.
            sleep(2);
            _exit(0);
        }
    }
    int ended = 0;
    int killed = 0;
    for (int status = 0; wait(&status) > 0; ++ended) {
        if (WIFSIGNALED(status))
            ++killed;
    }
    std::printf("%d children, %d killed\n", ended, killed);
    return 0;
}

int descriptors()
{
    DIR *folder = opendir("/proc/self/fd");
    if (!folder)
        return 1;
    const int own = dirfd(folder);
    while (const dirent *entry = readdir(folder)) {
        if (entry->d_name[0] != '.' && std::atoi(entry->d_name) != own)
            std::printf("%s ", entry->d_name);
    }
    closedir(folder);
    std::printf("\n");
    return 0;
}

int environment()
{
    for (char **variable = environ; *variable; ++variable)
        std::printf("%s\n", *variable);
    char folder[4096];
    if (getcwd(folder, sizeof folder))
        std::printf("cwd=%s\n", folder);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string_view command = argc > 1 ? argv[1] : "";
    if (command == "write" && argc > 2)
        return writeFile(argv[2]);
    if (command == "read" && argc > 2)
        return readFile(argv[2]);
    if (command == "connect" && argc > 2)
        return connectTo(std::atoi(argv[2]));
    if (command == "daemonise")
        return daemonise();
    if (command == "sleep") {
        std::printf("sleeping\n");
        std::fflush(stdout);
        sleep(60);
        return 0;
    }
    if (command == "fork-until-refused")
        return forkUntilRefused();
    if (command == "allocate" && argc > 3)
        return allocate(std::atoi(argv[2]), std::atol(argv[3]));
    if (command == "descriptors")
        return descriptors();
    if (command == "environment")
        return environment();
    std::fprintf(
        stderr,
        "usage: hostile write|read|connect|daemonise|sleep|fork-until-refused|allocate|descriptors|environment\n");
    return 64;
}
