#include "commandregistry.h"

#include <algorithm>
#include <cstdio>

namespace ChipTrace::Cli {

static QList<Command> &registry()
{
    static QList<Command> commands; // function-local: safe against static init order
    return commands;
}

void CommandRegistry::add(Command command)
{
    registry().append(std::move(command));
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : registry()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<Command> CommandRegistry::all()
{
    QList<Command> sorted = registry();
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    return sorted;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace ChipTrace::Cli
