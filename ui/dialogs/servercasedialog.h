// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File › Open Server Case: the analyst gives a case server's address
// (postgresql://[user@]host[:port]/database, libpq's conventions), lists the cases on it and
// picks one; or pastes a whole case address (…?case=NAME). The listing connects on the
// dialog's pool, since a server may take its time to answer, and a newer listing replaces an
// older one still on its way.

#include "util/result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>
#include <QThreadPool>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ChipTrace::Ui {

class ServerCaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerCaseDialog(QWidget *parent = nullptr);
    ~ServerCaseDialog() override;

    void setServer(const QString &address);
    // Lists the cases of the server in the address field; the list fills when it answers.
    QFuture<Result<QStringList>> listCases();
    // The chosen case's address (the server's address with case=NAME), empty if none.
    QString caseUri() const;
    // The server's address with `caseName` added, keeping the address's own options.
    static QString caseAddress(const QString &server, const QString &caseName);

private:
    void showCases();
    void updateButtons();

    QLineEdit *m_server;
    QListWidget *m_cases;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QThreadPool m_pool;
    QFutureWatcher<Result<QStringList>> m_listing;
    QString m_listed; // the address the shown list is of
};

} // namespace ChipTrace::Ui
