// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing but the precompiled header: the chiptrace_testpch programs exist so that it is built
// once for every test (see tests/CMakeLists.txt). They are not tests and are never run.
int main()
{
    return 0;
}
