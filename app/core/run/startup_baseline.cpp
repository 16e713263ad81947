// The empty C++ program a run session times beside a section's C++: what is
// left of a run when the program does nothing is the cost of starting it.
int main() { }
