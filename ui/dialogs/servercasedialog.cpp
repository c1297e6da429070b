// SPDX-License-Identifier: GPL-3.0-or-later
#include "servercasedialog.h"

#include "casefile/server.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ChipTrace::Ui {

ServerCaseDialog::ServerCaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_cases(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Server Case"));
    m_pool.setMaxThreadCount(1);
    m_server->setObjectName(QStringLiteral("serverAddress"));
    m_server->setPlaceholderText(QStringLiteral("postgresql://alice@dbhost/chiptrace"));
    m_server->setToolTip(
        tr("A PostgreSQL address as libpq reads it: passwords come from ~/.pgpass "
           "or PGPASSFILE, TLS from sslmode=verify-full. Add ?case=NAME to open "
           "one case directly."));
    m_cases->setObjectName(QStringLiteral("serverCases"));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);
    auto *list = new QPushButton(tr("&List Cases"), this);
    list->setObjectName(QStringLiteral("listCases"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(list);
    layout->addWidget(m_cases);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(list, &QPushButton::clicked, this, [this] { (void)listCases(); });
    connect(m_server, &QLineEdit::returnPressed, this, [this] { (void)listCases(); });
    connect(m_server, &QLineEdit::textChanged, this, &ServerCaseDialog::updateButtons);
    connect(m_cases, &QListWidget::currentRowChanged, this, &ServerCaseDialog::updateButtons);
    connect(m_cases, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(&m_listing, &QFutureWatcher<Result<QStringList>>::finished, this,
        &ServerCaseDialog::showCases);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

ServerCaseDialog::~ServerCaseDialog()
{
    m_listing.waitForFinished();
}

void ServerCaseDialog::setServer(const QString &address)
{
    m_server->setText(address);
}

QFuture<Result<QStringList>> ServerCaseDialog::listCases()
{
    const QString address = m_server->text().trimmed();
    m_cases->clear();
    m_listed = address;
    m_status->setText(tr("Asking %1 for its cases…").arg(address));
    auto future = QtConcurrent::run(&m_pool, [address] { return Case::Server::cases(address); });
    m_listing.setFuture(future);
    return future;
}

void ServerCaseDialog::showCases()
{
    const Result<QStringList> listed = m_listing.result();
    if (!listed) {
        m_status->setText(listed.message());
        return;
    }
    for (const QString &line : *listed) // "name version"
        m_cases->addItem(line.section(QLatin1Char(' '), 0, 0));
    m_status->setText(listed->isEmpty()
            ? tr("There are no cases on this server yet (an admin puts one there with "
                 "`chiptrace case push FILE URI`).")
            : tr("%n case(s) on this server.", nullptr, int(listed->size())));
    if (m_cases->count() > 0)
        m_cases->setCurrentRow(0);
}

QString ServerCaseDialog::caseAddress(const QString &server, const QString &caseName)
{
    return server + (server.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("case=") + caseName;
}

QString ServerCaseDialog::caseUri() const
{
    const QString address = m_server->text().trimmed();
    if (address.contains(QLatin1String("case=")))
        return address; // a whole case address, pasted
    const QListWidgetItem *item = m_cases->currentItem();
    if (!item || address != m_listed)
        return {};
    return caseAddress(address, item->text());
}

void ServerCaseDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!caseUri().isEmpty());
}

} // namespace ChipTrace::Ui
