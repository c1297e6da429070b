// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseargs.h"

#include "casefile/caselocation.h"
#include "commandregistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {

int failWith(const Error &e)
{
    err() << e.message << Qt::endl;
    if (e.code == ErrorCode::AuthRequired)
        return ExitRefused;
    return e.code == ErrorCode::InvalidArgument ? ExitUsage : ExitError;
}

int parse(Parsed &p, const QStringList &args, const QStringList &names, const QString &description,
    const QList<QCommandLineOption> &extra)
{
    p.parser.setApplicationDescription(description);
    p.parser.addHelpOption();
    p.parser.addOption({u"as"_s,
        QCoreApplication::translate("Cli",
            "Act as this reviewer on a file case (default: the configured identity, else the OS "
            "user). A server case always uses the database role you signed in as."),
        u"name"_s});
    p.parser.addOptions(extra);
    for (const QString &n : names)
        p.parser.addPositionalArgument(n, n);
    if (!p.parser.parse(args)) {
        err() << p.parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (p.parser.isSet(u"help"_s)) {
        out() << p.parser.helpText();
        return ExitOk;
    }
    p.positional = p.parser.positionalArguments();
    if (p.positional.size() != names.size()) {
        err() << QCoreApplication::translate("Cli", "Usage: chiptrace %1 %2")
                     .arg(args.value(0), names.join(u' '))
              << Qt::endl;
        return ExitUsage;
    }
    if (p.parser.isSet(u"as"_s))
        qputenv("CHIPTRACE_IDENTITY", p.parser.value(u"as"_s).toUtf8());
    return -1;
}

int dispatch(
    const QStringList &args, const QList<QPair<QString, SubCommand>> &subs, const QString &usage)
{
    const QString sub = args.value(1);
    for (const auto &[name, fn] : subs) {
        if (name == sub) {
            QStringList rest = args.mid(2);
            rest.prepend(args.value(0) + u' ' + sub);
            return fn(rest);
        }
    }
    err() << usage << Qt::endl;
    return sub == u"--help"_s || sub == u"-h"_s ? ExitOk : ExitUsage;
}

Result<std::unique_ptr<Case::CaseFile>> openCase(const Parsed &p, const QString &nameOrUri)
{
    auto cf = Case::CaseFile::open(Case::resolveCasePath(nameOrUri));
    if (cf && (*cf)->identitiesVerified() && p.parser.isSet(u"as"_s)
        && p.parser.value(u"as"_s) != (*cf)->actor())
        err() << QCoreApplication::translate(
            "Cli", "Note: --as is ignored on a server case; you act as the database role \"%1\".")
                     .arg((*cf)->actor())
              << Qt::endl;
    return cf;
}

QString identityText(const Case::CaseFile &cf, const QString &name)
{
    if (cf.identitiesVerified())
        return name;
    return QCoreApplication::translate("Cli", "%1 (self-asserted)").arg(name);
}

} // namespace ChipTrace::Cli
