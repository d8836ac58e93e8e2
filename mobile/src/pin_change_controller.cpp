#include "pin_change_controller.hpp"

#include "store_session.hpp"

namespace ronde::app {

PinChangeController::PinChangeController(QObject* parent)
    : QObject(parent), session_(StoreSession::provided()) {}

int PinChangeController::minPinLength() const {
    return StoreSession::kMinPinLength;
}

bool PinChangeController::change(const QString& currentPin, const QString& newPin,
                                 const QString& confirmation) {
    if (busy_) {
        return false;
    }
    clearErrors();
    if (currentPin.isEmpty()) {
        fieldError(QStringLiteral("currentPin"), tr("Saisissez votre code PIN actuel."));
    }
    bool digits = !newPin.isEmpty();
    for (const QChar ch : newPin) {
        digits = digits && ch.isDigit() && ch.unicode() < 128;
    }
    if (!digits || newPin.size() < StoreSession::kMinPinLength) {
        fieldError(
            QStringLiteral("newPin"),
            tr("Le code PIN doit compter au moins %1 chiffres.").arg(StoreSession::kMinPinLength));
    } else if (newPin == currentPin) {
        fieldError(QStringLiteral("newPin"),
                   tr("Le nouveau code PIN doit être différent de l'actuel."));
    } else if (newPin != confirmation) {
        fieldError(QStringLiteral("confirmation"),
                   tr("Les deux codes PIN ne sont pas identiques."));
    }
    if (!errors_.fields.isEmpty()) {
        return false;
    }
    if (!session_ || !session_->store()) {
        errors_.add(make_error("store_closed", "locked"), {});
        emit errorsChanged();
        return false;
    }
    setBusy(true);
    QPointer<PinChangeController> self(this);
    session_->changePin(currentPin, newPin, [self](std::optional<Error> failed) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        if (!failed) {
            emit self->done();
            return;
        }
        self->errors_.add(*failed,
                          failed->code == "wrong_pin" ? QStringLiteral("currentPin") : QString());
        emit self->errorsChanged();
    });
    return true;
}

void PinChangeController::clearErrors() {
    if (errors_.clear()) {
        emit errorsChanged();
    }
}

void PinChangeController::setBusy(bool busy) {
    if (busy != busy_) {
        busy_ = busy;
        emit busyChanged();
    }
}

void PinChangeController::fieldError(const QString& field, const QString& sentence) {
    if (!errors_.fields.contains(field)) {
        errors_.fields.insert(field, sentence);
        emit errorsChanged();
    }
}

}  // namespace ronde::app
