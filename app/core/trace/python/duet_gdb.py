"""Duet's addition to gdb for tracing a program, sourced into the gdb that
Duet drives through GDB/MI.

-duet-declarations
    Every variable and argument declared in the blocks of the functions of
    the file that holds main, with its block's address range and its
    declaration line (0 for a variable the compiler made):

    ^done,file="/…/program.cpp",variables=[{start="0x…",end="0x…",name="total",
        line="12",argument="0"},…]

    gdb's -stack-list-variables names every variable of the enclosing
    blocks, declared yet or not; with these lines Duet shows a variable only
    once its declaration has run. Addresses are the running program's when
    it runs.

-duet-record LIMIT OUTPUT STEPS
    Makes $_duet_step record steps (gdb 14 and later, which have
    gdb.execute_mi; an error otherwise). Each breakpoint N on a line of the
    program then gets the condition $_duet_step(N): at each hit it writes a
    step to the file STEPS — one JSON object a line: the line, function, pc,
    the size of the file OUTPUT where the program's output goes, and the
    frame's variables from -stack-list-variables --all-values — and tells
    gdb not to stop, so the program runs on without a round trip to Duet at
    every line. The first step is preceded by {"declarations": [...]}, as
    -duet-declarations lists them. After LIMIT steps the condition holds and
    gdb stops there, which Duet sees as *stopped. Now and then (1, 2, 4, …
    steps, then every 256) =duet-progress,steps="N" reports how many.

gdb.MICommand exists from gdb 13 on; with an older gdb sourcing this file
fails and Duet drives each step itself.
"""

import json
import os

import gdb


def declarations():
    main = gdb.lookup_global_symbol("main")
    if main is None or main.symtab is None:
        raise gdb.GdbError("the program has no main with debugging information")
    symtab = main.symtab
    seen = set()
    variables = []
    # Every block with code has a line of its own, so the line table
    # reaches them all; gdb's Python has no walk down from a block.
    for entry in symtab.linetable():
        if not entry.line:
            continue
        try:
            block = gdb.block_for_pc(entry.pc)
        except RuntimeError:
            continue
        while block is not None and not block.is_global and not block.is_static:
            key = (block.start, block.end)
            if key not in seen:
                seen.add(key)
                for symbol in block:
                    if symbol.is_variable or symbol.is_argument:
                        variables.append({
                            "start": hex(block.start),
                            "end": hex(block.end),
                            "name": symbol.name,
                            "line": symbol.line,
                            "argument": symbol.is_argument,
                        })
            if block.function is not None:
                break
            block = block.superblock
    return {"file": symtab.fullname(), "variables": variables}


class DuetDeclarations(gdb.MICommand):
    def __init__(self):
        super().__init__("-duet-declarations")

    def invoke(self, arguments):
        return declarations()


class Recorder:
    def __init__(self):
        self.limit = 0
        self.output = None
        self.steps_file = None
        self.steps = 0
        # The breakpoint that records at each address: two breakpoints on
        # one address are evaluated at one hit, which is one step.
        self.owners = {}

    def start(self, limit, output, steps):
        self.limit = limit
        self.output = output
        self.steps_file = open(steps, "w", encoding="utf-8")
        self.steps = 0
        self.owners = {}

    def owner(self, pc):
        found = self.owners.get(pc)
        if found is None:
            numbers = [breakpoint.number for breakpoint in gdb.breakpoints()
                       if any(location.address == pc and location.enabled for location in breakpoint.locations)]
            found = self.owners[pc] = min(numbers) if numbers else 0
        return found

    def step(self, number):
        frame = gdb.selected_frame()
        pc = frame.pc()
        if self.owner(pc) != number:
            return False
        if self.steps == 0:
            self.write({"declarations": declarations()["variables"]})
        self.steps += 1
        try:
            printed = os.path.getsize(self.output)
        except OSError:
            printed = 0
        try:
            variables = gdb.execute_mi("-stack-list-variables", "--all-values")["variables"]
        except gdb.error:
            variables = []
        self.write({
            "line": frame.find_sal().line,
            "function": frame.name() or "",
            "pc": hex(pc),
            "printed": printed,
            "variables": variables,
        })
        if (self.steps & (self.steps - 1)) == 0 or self.steps % 256 == 0:
            gdb.notify_mi("duet-progress", {"steps": self.steps})
        return self.steps >= self.limit

    def write(self, record):
        self.steps_file.write(json.dumps(record, ensure_ascii=False) + "\n")
        # Each step is on disk before the program goes on, so a run stopped
        # at its time limit keeps every step.
        self.steps_file.flush()


RECORDER = Recorder()


class DuetRecord(gdb.MICommand):
    def __init__(self):
        super().__init__("-duet-record")

    def invoke(self, arguments):
        if not hasattr(gdb, "execute_mi"):
            raise gdb.GdbError("recording in gdb needs gdb 14 or later")
        limit, output, steps = arguments
        RECORDER.start(int(limit), output, steps)
        return {"recording": True}


class DuetStep(gdb.Function):
    def __init__(self):
        super().__init__("_duet_step")

    def invoke(self, number):
        try:
            return 1 if RECORDER.step(int(number)) else 0
        except Exception as error:
            # Never stop the program over the tracer's own trouble.
            gdb.write("duet-step: %s\n" % error, gdb.STDLOG)
            return 0


DuetDeclarations()
DuetRecord()
DuetStep()
