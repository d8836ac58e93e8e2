// Open follow-ups, due date first: those assigned to me, or those of the
// unit that nobody was assigned to. A page at a time.
//
// The device store has no query for "every open follow-up of the unit";
// Unassigned is the closest one it offers (see the issue note).
#pragma once

#include "store_list_model.hpp"

namespace ronde::app {

class FollowUpsModel
    : public ronde::app::StoreListModel {  // qualified: qmltyperegistrar 6.4 needs it
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY scopeChanged)

public:
    enum Scope { Mine, Unassigned };
    Q_ENUM(Scope)
    enum Roles {
        VisitIdRole = Qt::UserRole + 1,
        ContactIdRole,
        SummaryRole,
        SubtitleRole,
        DueTextRole,
        OverdueRole,
    };
    Q_ENUM(Roles)

    explicit FollowUpsModel(QObject* parent = nullptr);
    QHash<int, QByteArray> roleNames() const override;

    Scope scope() const { return scope_; }
    void setScope(Scope scope);

signals:
    void scopeChanged();

protected:
    Result<std::vector<Row>> loadPage(store::DeviceStore& store, store::Page page) override;

private:
    Scope scope_ = Mine;
};

}  // namespace ronde::app
