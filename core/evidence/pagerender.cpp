// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerender.h"

#include "evidence/importerregistry.h"
#include "evidence/ipagerenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ChipTrace::Evidence {

Result<QImage> renderPage(const QString &path, int page, qreal dpi, ImporterRegistry *registry)
{
    ImporterRegistry &r = registry ? *registry : ImporterRegistry::instance();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("Evidence", "cannot read %1: %2")
                .arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    auto renderer = r.pageRendererFor(path, data.left(4096));
    if (!renderer)
        return renderer.error();
    if (dpi <= 0 || dpi > 1200)
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("Evidence", "a resolution of %1 dpi is out of range")
                .arg(dpi));
    return (*renderer)->renderPage(data, page, dpi);
}

} // namespace ChipTrace::Evidence
