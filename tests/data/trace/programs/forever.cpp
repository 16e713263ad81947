int main()
{
    unsigned long count = 0;
    while (true)
        ++count;
}
