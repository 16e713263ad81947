"""Duet's addition to gdb for tracing a program: one MI command.

-duet-declarations
    Every variable and argument declared in the blocks of the functions of
    the file that holds main, each with its block's address range and its
    declaration line:

    ^done,file="/…/program.cpp",variables=[{start="0x…",end="0x…",name="total",
        line="12",argument="0"},…]

    gdb's -stack-list-variables names every variable of the enclosing
    blocks, declared yet or not; with these lines Duet shows a variable only
    once its declaration has run. Line 0 marks a variable the compiler made.
    Run it once the program is running, so that the addresses are the ones
    its frames will report.

gdb.MICommand exists from gdb 13 on; with an older gdb sourcing this file
fails and Duet does without it.
"""

import gdb


class DuetDeclarations(gdb.MICommand):
    def __init__(self):
        super().__init__("-duet-declarations")

    def invoke(self, arguments):
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


DuetDeclarations()
