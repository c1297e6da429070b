// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/briefing.h"

#include <QWidget>

namespace ChipTrace::Ui {

// The funnel's "Compute" page: for each training phase the case's figures cover, the share of
// its peak each remaining candidate (and each chip the check removed) would have needed, over
// the bands, drawn by the same code as the briefing's chart so screen and PDF cannot differ;
// above it the inputs and the items they came from, or why the check cannot run.
class MfuChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MfuChartWidget(QWidget *parent = nullptr);

    void setSections(const QList<Report::ComputeSection> &sections);
    const QList<Report::ComputeSection> &sections() const { return m_sections; }
    // What the page says in words (the inputs, the reason per chip): its accessible text too.
    QString text() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal headerHeight(const Report::ComputeSection &section, qreal width) const;
    QString header(const Report::ComputeSection &section) const;

    QList<Report::ComputeSection> m_sections;
};

} // namespace ChipTrace::Ui
