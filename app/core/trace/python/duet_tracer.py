"""Duet's Python tracer: runs a learner's program and records every line of it that executes.

    python3 duet_tracer.py --steps FILE [--max-steps N] [--settrace] PROGRAM [ARGUMENT...]

Each step is one JSON object on its own line of FILE, written as it happens, so
that a run stopped at its time limit keeps what it recorded:

    {"line": 12, "function": "Person.__init__", "locals": [["name", "'Ada'"]],
     "stdout": 40, "definition": false}

`line` is the program's own line (the program Duet runs is the text it shows);
`locals` are the current frame's variables in the order Python keeps them, each
value a bounded, never-raising repr; `stdout` is the number of bytes the program
had written to standard output before the line ran; `definition` marks the lines
Python runs to *define* a function or class (a def statement, a decorator, a
class body, and whatever they call), which have no run-time counterpart in a
compiled language.

Only the program's own code is traced: its code objects are found when it is
compiled and only they get line events, so the standard library, anything else
imported, and this file cost nothing. With N steps recorded the line
{"truncated": true} is written and the program is stopped. Standard output,
standard error and standard input stay the program's own.

sys.monitoring (Python 3.12 and later) is used where it exists, sys.settrace
otherwise (or with --settrace).
"""

import _thread
import ast
import builtins
import dis
import io
import json
import os
import reprlib
import sys
import traceback
import types

CO_OPTIMIZED = 0x0001
MAX_VALUE_LENGTH = 200
MAX_LOCALS = 60


class CountingOutput(io.RawIOBase):
    """File descriptor 1, counting what goes through it. Muted while the tracer
    itself calls the program's __repr__ methods, so that their prints are not
    taken for the program's output."""

    def __init__(self, descriptor):
        super().__init__()
        self.descriptor = descriptor
        self.written = 0
        self.muted = False

    def writable(self):
        return True

    def fileno(self):
        return self.descriptor

    def isatty(self):
        return os.isatty(self.descriptor)

    def write(self, data):
        view = memoryview(data).cast("B")
        if self.muted:
            return len(view)
        done = 0
        while done < len(view):
            done += os.write(self.descriptor, view[done:])
        self.written += done
        return done


def make_repr():
    limits = reprlib.Repr()
    limits.maxlevel = 3
    limits.maxtuple = limits.maxlist = limits.maxarray = 10
    limits.maxdict = 8
    limits.maxset = limits.maxfrozenset = limits.maxdeque = 10
    limits.maxstring = 80
    limits.maxlong = 40
    limits.maxother = 80
    return limits


class Recorder:
    """Writes one step per executed line of the program, up to the bound."""

    def __init__(self, steps_file, max_steps, output, module_code, program_codes, definition_lines):
        self.steps_file = steps_file
        self.program_codes = program_codes
        self.max_steps = max_steps
        self.output = output
        self.module_code = module_code
        self.definition_lines = definition_lines
        self.count = 0
        self.lock = _thread.allocate_lock()
        self.repr = make_repr()

    def safe_repr(self, value):
        try:
            text = self.repr.repr(value)
        except BaseException as error:  # a __repr__ may raise anything, even SystemExit
            try:
                text = "<repr failed: %s>" % type(error).__name__
            except BaseException:
                text = "<repr failed>"
        if not isinstance(text, str):
            text = "<repr failed>"
        if len(text) > MAX_VALUE_LENGTH:
            text = text[: MAX_VALUE_LENGTH - 1] + "\u2026"
        # Lone surrogates cannot be written as UTF-8.
        return text.encode("utf-8", "backslashreplace").decode("utf-8")

    def shown(self, name, value, module_level):
        if not name.isidentifier() or (name.startswith("__") and name.endswith("__")):
            return False
        if not module_level:
            return True
        # At module level the frame's locals are the globals: leave out what
        # was imported, which the learner did not write.
        if isinstance(value, types.ModuleType):
            return False
        if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
            return getattr(value, "__module__", "__main__") == "__main__"
        return True

    def variables(self, frame):
        module_level = frame.f_code is self.module_code
        result = []
        self.output.muted = True
        try:
            for name, value in list(frame.f_locals.items()):
                if not isinstance(name, str) or not self.shown(name, value, module_level):
                    continue
                if len(result) == MAX_LOCALS:
                    result.append(["\u2026", "%d more" % (len(frame.f_locals) - MAX_LOCALS)])
                    break
                result.append([name, self.safe_repr(value)])
        finally:
            self.output.muted = False
        return result

    def defines(self, code, line):
        if code is not self.module_code and not code.co_flags & CO_OPTIMIZED:
            return True  # a class body runs once, when the class is defined
        return line in self.definition_lines and code.co_name not in ("<lambda>", "<genexpr>")

    def is_definition(self, frame, code, line):
        """Whether the line runs to define a function or class: it is part
        of a def or class statement, or it is called from one (a descriptor's
        __set_name__, a decorator's body, a class attribute's constructor)."""
        if self.defines(code, line):
            return True
        caller = frame.f_back
        while caller is not None:
            if caller.f_code in self.program_codes and self.defines(caller.f_code, caller.f_lineno):
                return True
            caller = caller.f_back
        return False

    def record(self, frame, code, line):
        with self.lock:
            if self.count >= self.max_steps:
                return
            stdout_length = self.output.written
            step = {
                "line": line,
                "function": getattr(code, "co_qualname", code.co_name),
                "locals": self.variables(frame),
                "stdout": stdout_length,
                "definition": self.is_definition(frame, code, line),
            }
            self.steps_file.write(json.dumps(step, ensure_ascii=False) + "\n")
            self.count += 1
            if self.count >= self.max_steps:
                self.stop_at_bound()
            else:
                self.steps_file.flush()

    def stop_recording(self):
        self.max_steps = 0

    def stop_at_bound(self):
        self.steps_file.write('{"truncated": true}\n')
        self.steps_file.flush()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(0)


def code_objects(code):
    """The program's code and every code object nested in it: functions,
    lambdas, class bodies, generator expressions."""
    found = [code]
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            found.extend(code_objects(constant))
    return found


def definition_lines(tree):
    """Lines of def and class statements and their decorators."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            first = min([node.lineno] + [decorator.lineno for decorator in node.decorator_list])
            body = node.body[0].lineno if node.body else node.lineno + 1
            lines.update(range(first, max(body, node.lineno + 1)))
    return lines


def first_line_unreported(code):
    """The line sys.monitoring leaves out when code starts: its first line
    is reported only where it differs from the line of the RESUME before it,
    so a lambda, a generator expression or a class body that starts on its
    own def line would have no step there (sys.settrace reports one)."""
    resume = None
    for instruction in dis.get_instructions(code):
        line = instruction.positions.lineno if instruction.positions else None
        if resume is None:
            if instruction.opname == "RESUME":
                resume = line
            continue
        if line is not None:
            return line if line == resume else None
    return None


def line_table(code):
    """Maps each instruction offset of code to its line."""
    lines = {}
    for start, end, line in code.co_lines():
        for offset in range(start, end, 2):
            lines[offset] = line
    return lines


def trace_with_monitoring(recorder, codes):
    """Line events for the program's code objects only, with the two places
    where sys.monitoring reports fewer lines than sys.settrace filled in the
    way settrace does: a code object's unreported first line (at its start),
    and a jump back within one line (each turn of a one-line loop)."""
    monitoring = sys.monitoring
    for tool in (monitoring.DEBUGGER_ID, 3, 4, monitoring.PROFILER_ID):
        try:
            monitoring.use_tool_id(tool, "duet")
            break
        except ValueError:
            continue
    else:
        return False
    events = monitoring.events
    hidden_first_lines = {code: first_line_unreported(code) for code in codes}
    line_tables = {}
    # The step made at a code object's start, per thread, until the next
    # event: some CPythons do report the first line once PY_START is
    # watched, and that line event must not make a second step.
    started = {}

    def record(code, line):
        try:
            recorder.record(sys._getframe(2), code, line)
        except Exception:
            pass  # never let the tracer change what the program does

    def on_line(code, line):
        frame = sys._getframe(1)
        if started.pop(_thread.get_ident(), None) == (frame, line):
            return None
        record(code, line)
        return None

    def on_start(code, offset):
        line = hidden_first_lines.get(code)
        if line is None:
            started.pop(_thread.get_ident(), None)
            return None
        record(code, line)
        started[_thread.get_ident()] = (sys._getframe(1), line)
        return None

    def on_jump(code, source, destination):
        if destination > source:
            return monitoring.DISABLE
        lines = line_tables.get(code)
        if lines is None:
            lines = line_tables[code] = line_table(code)
        line = lines.get(destination)
        if line is None or line != lines.get(source):
            return monitoring.DISABLE  # the line event at the destination reports it
        started.pop(_thread.get_ident(), None)
        record(code, line)
        return None

    monitoring.register_callback(tool, events.LINE, on_line)
    monitoring.register_callback(tool, events.PY_START, on_start)
    monitoring.register_callback(tool, events.JUMP, on_jump)
    for code in codes:
        monitoring.set_local_events(tool, code, events.LINE | events.PY_START | events.JUMP)
    return True


def trace_with_settrace(recorder, codes):
    program = set(codes)

    def local_trace(frame, event, argument):
        if event == "line":
            try:
                recorder.record(frame, frame.f_code, frame.f_lineno)
            except Exception:
                pass
        return local_trace

    def global_trace(frame, event, argument):
        return local_trace if frame.f_code in program else None

    import threading

    threading.settrace(global_trace)
    sys.settrace(global_trace)


def report_exception(error, codes):
    """Prints the traceback as Python would, without the tracer's own frames."""
    program = set(codes)
    entry = error.__traceback__
    while entry is not None and entry.tb_frame.f_code not in program:
        entry = entry.tb_next
    traceback.print_exception(type(error), error, entry)


def parse_arguments(arguments):
    steps, max_steps, use_settrace = None, 2000, False
    while arguments and arguments[0].startswith("--"):
        option = arguments.pop(0)
        if option == "--steps" and arguments:
            steps = arguments.pop(0)
        elif option == "--max-steps" and arguments:
            max_steps = int(arguments.pop(0))
        elif option == "--settrace":
            use_settrace = True
        else:
            raise SystemExit("duet_tracer: unknown option %s" % option)
    if steps is None or not arguments or max_steps < 1:
        raise SystemExit(__doc__.split("\n\n")[1])
    return steps, max_steps, use_settrace, arguments


def main():
    steps_path, max_steps, use_settrace, program_arguments = parse_arguments(sys.argv[1:])
    program_path = program_arguments[0]
    with open(program_path, "rb") as program_file:
        source = program_file.read()
    # The tracer's folder is not the program's business: nothing there may
    # shadow a module the program imports.
    if sys.path and os.path.abspath(sys.path[0] or ".") == os.path.dirname(os.path.abspath(__file__)):
        del sys.path[0]

    try:
        tree = ast.parse(source, program_path)
        code = compile(tree, program_path, "exec", dont_inherit=True)
    except SyntaxError as error:
        traceback.print_exception(type(error), error, None)
        return 1
    codes = code_objects(code)

    original = sys.stdout
    original.flush()
    output = CountingOutput(original.fileno())
    sys.stdout = io.TextIOWrapper(
        output, encoding=original.encoding, errors=original.errors, line_buffering=False, write_through=True
    )

    steps_file = open(steps_path, "w", encoding="utf-8")
    recorder = Recorder(steps_file, max_steps, output, code, frozenset(codes), definition_lines(tree))

    # A forked child would write its steps into the same file: only the
    # program's own process is traced.
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=recorder.stop_recording)

    module = types.ModuleType("__main__")
    module.__file__ = program_path
    module.__builtins__ = builtins
    module.__loader__ = None
    sys.modules["__main__"] = module
    sys.argv = list(program_arguments)

    if use_settrace or not hasattr(sys, "monitoring") or not trace_with_monitoring(recorder, codes):
        trace_with_settrace(recorder, codes)
    try:
        exec(code, module.__dict__)
    except SystemExit as error:
        sys.settrace(None)
        raise
    except BaseException as error:
        sys.settrace(None)
        sys.stdout.flush()
        report_exception(error, codes)
        return 1
    finally:
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
