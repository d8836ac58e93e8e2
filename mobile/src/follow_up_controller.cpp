#include "follow_up_controller.hpp"

#include "error_text.hpp"
#include "store_session.hpp"

namespace ronde::app {

FollowUpController::FollowUpController(QObject* parent)
    : QObject(parent), session_(StoreSession::provided()) {}

bool FollowUpController::close(const QString& visitId) {
    std::optional<Error> failed;
    if (!session_ || !session_->store()) {
        failed = make_error("store_closed", "locked");
    } else {
        failed = session_->store()->close_follow_up(visitId.toStdString());
    }
    error_ = failed ? ErrorText::sentence(*failed) : QString();
    emit errorTextChanged();
    if (failed) {
        return false;
    }
    session_->notifyChanged();
    emit closed(visitId);
    return true;
}

}  // namespace ronde::app
