// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleindex.h"

#include "signatures/signaturepack.h"

#include <QHash>

namespace ChipTrace::Ui {

const Signatures::Rule *builtinRule(const QString &ruleId)
{
    static const QHash<QString, Signatures::Rule> index = [] {
        QHash<QString, Signatures::Rule> h;
        if (Result<QList<Signatures::SignaturePack>> packs = Signatures::SignaturePack::builtin())
            for (const Signatures::Rule &r : Signatures::allRules(*packs))
                h.insert(r.id, r);
        return h;
    }();
    const auto it = index.constFind(ruleId);
    return it == index.cend() ? nullptr : &*it;
}

} // namespace ChipTrace::Ui
