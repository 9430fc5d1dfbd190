// MainWindow's side of the link to the municipal server: signing in, the status bar's sync summary and the
// open conflicts. Kept apart from the window's pages and menus, which work the same offline.
#include "base/appsettings.h"
#include "store/recordstore.h"
#include "sync/backgroundsync.h"
#include "sync/synclocal.h"
#include "ui/conflictdialog.h"
#include "ui/mainwindow.h"
#include "ui/serversignindialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimeZone>
#include <QToolButton>

void MainWindow::signInToServer()
{
    if (m_context.settings->serverUrl().isEmpty()) {
        QMessageBox::information(this, tr("No server configured"),
            tr("Set the server's address (and its CA certificate, for the city's own authority) in "
               "Settings > Server first."));
        return;
    }
    ServerSignInDialog dialog(m_context.settings->serverUrl(),
        m_context.settings->serverUser().isEmpty() ? m_context.session.user()
                                                   : m_context.settings->serverUser(),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sync->configure(m_context.settings->serverUrl(), m_context.settings->caFile());
    m_sync->signIn(dialog.user(), dialog.password());
    statusBar()->showMessage(tr("Signing in to %1…").arg(m_context.settings->serverUrl()), 8000);
}

void MainWindow::updateSyncStatus()
{
    const SyncStatus st = m_sync->status();
    QStringList parts;
    auto at = [](const QDateTime &t) {
        return t.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("MM-dd HH:mm"));
    };
    if (!st.configured)
        parts << tr("Offline (no server configured)");
    else if (st.syncing)
        parts << tr("Syncing…");
    else if (!st.signedIn)
        parts << tr("Offline (not signed in)");
    else if (st.online)
        parts << tr("Online");
    else
        parts << tr("Offline");
    if (st.lastSync.isValid())
        parts << tr("last sync %1").arg(at(st.lastSync));
    if (st.pending > 0)
        parts << tr("%n change(s) waiting", nullptr, st.pending);
    if (st.openConflicts > 0)
        parts << tr("%n conflict(s)", nullptr, st.openConflicts);
    m_syncStatus->setText(parts.join(QStringLiteral(" · ")));
    m_syncStatus->setToolTip(st.lastError.isEmpty() ? m_context.settings->serverUrl() : st.lastError);
}

void MainWindow::showConflicts()
{
    SyncLocal local(*m_context.store);
    const QList<SyncConflict> open = local.conflicts();
    for (int i = 0; i < open.size(); ++i) {
        ConflictDialog dialog(open.at(i), *m_context.store, m_context.session.user(), this);
        if (open.size() > 1)
            dialog.setWindowTitle(tr("%1 (%2 of %3)").arg(dialog.windowTitle()).arg(i + 1).arg(open.size()));
        if (dialog.exec() != QDialog::Accepted)
            break;
    }
    m_sync->refreshCounts();
    m_sync->syncSoon();
}
