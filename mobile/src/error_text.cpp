#include "error_text.hpp"

#include <string_view>

namespace ronde::app {

namespace {
bool endsWith(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}
}  // namespace

QString ErrorText::fieldName(const std::string& path) {
    // Paths may be prefixed ("data.follow_up.summary"): match on the end.
    const std::string_view f = path;
    if (endsWith(f, "organisation") || endsWith(f, "person_name")) {
        return tr("le nom");
    }
    if (endsWith(f, "follow_up.summary")) {
        return tr("le résumé du suivi");
    }
    if (endsWith(f, "follow_up.due_date")) {
        return tr("l'échéance du suivi");
    }
    if (endsWith(f, "note") || endsWith(f, "notes")) {
        return tr("la note");
    }
    if (endsWith(f, "phone")) {
        return tr("le téléphone");
    }
    if (endsWith(f, "email")) {
        return tr("l'adresse e-mail");
    }
    if (endsWith(f, "siret")) {
        return tr("le SIRET");
    }
    if (endsWith(f, "address")) {
        return tr("l'adresse");
    }
    if (endsWith(f, "commune")) {
        return tr("la commune");
    }
    if (endsWith(f, "role_title")) {
        return tr("la fonction");
    }
    if (endsWith(f, "area_label")) {
        return tr("le secteur");
    }
    if (endsWith(f, "event_label")) {
        return tr("l'évènement");
    }
    if (endsWith(f, "topics")) {
        return tr("les sujets");
    }
    if (endsWith(f, "actions")) {
        return tr("les actions");
    }
    if (f.find("position") != std::string_view::npos) {
        return tr("la position");
    }
    return {};
}

QString ErrorText::sentence(const Error& e) {
    const std::string_view c = e.code;
    const QString field = fieldName(e.field);
    const std::string_view f = e.field;

    // Validation of what the user typed.
    if (c == "missing_field") {
        if (endsWith(f, "organisation") || endsWith(f, "person_name")) {
            return tr("Indiquez au moins l'organisme ou le nom de la personne.");
        }
        if (endsWith(f, "follow_up.summary")) {
            return tr("Décrivez en une phrase le suivi à faire.");
        }
        return field.isEmpty() ? tr("Un champ obligatoire est vide.")
                               : tr("Renseignez %1.").arg(field);
    }
    if (c == "inconsistent_follow_up") {
        if (endsWith(f, "summary")) {
            return tr("Décrivez en une phrase le suivi à faire.");
        }
        return tr("Le suivi est incomplet : vérifiez le résumé et l'échéance.");
    }
    if (c == "too_long") {
        if (endsWith(f, "note") || endsWith(f, "notes") || endsWith(f, "summary")) {
            return tr("Le texte est trop long : 4 000 caractères au plus.");
        }
        if (endsWith(f, "address")) {
            return tr("L'adresse est trop longue : 400 caractères au plus.");
        }
        return field.isEmpty()
                   ? tr("Un texte est trop long : 200 caractères au plus.")
                   : tr("Le champ « %1 » est trop long : 200 caractères au plus.").arg(field);
    }
    if (c == "invalid_phone") {
        return tr("Le numéro de téléphone n'est pas un numéro français (ex. 06 12 34 56 78).");
    }
    if (c == "invalid_email") {
        return tr("L'adresse e-mail n'est pas valable (ex. nom@exemple.fr).");
    }
    if (c == "invalid_siret") {
        return tr("Le SIRET doit compter 14 chiffres valides.");
    }
    if (c == "invalid_value") {
        return field.isEmpty()
                   ? tr("Une valeur saisie contient des caractères non permis.")
                   : tr("Le champ « %1 » contient des caractères non permis.").arg(field);
    }
    if (c == "duplicate_value") {
        return tr("Une même valeur est choisie deux fois.");
    }
    if (c == "out_of_range") {
        if (f.find("position") != std::string_view::npos) {
            return tr("La position est hors limites : corrigez-la ou saisissez-la à la main.");
        }
        if (endsWith(f, "ended_at")) {
            return tr(
                "La fin de la patrouille précède son début : vérifiez l'heure de "
                "l'appareil.");
        }
        return tr("Une date ou une valeur est hors limites : vérifiez l'heure de l'appareil.");
    }
    if (c == "too_many") {
        return tr("Trop d'éléments dans la liste (%1).").arg(field);
    }
    if (c == "invalid_utf8" || c == "invalid_enum" || c == "invalid_uuid" || c == "invalid_type" ||
        c == "invalid_time" || c == "invalid_date") {
        return tr(
            "Une donnée de l'application est incohérente : réessayez, et signalez-le si "
            "cela se reproduit.");
    }

    // The device store.
    if (c == "wrong_pin") {
        return tr("Code PIN incorrect.");
    }
    if (c == "not_enrolled") {
        return tr(
            "Cet appareil n'est pas encore inscrit : connectez-vous une fois au serveur "
            "de l'unité pour pouvoir enregistrer.");
    }
    if (c == "not_found" || c == "deleted") {
        return tr("Cette fiche n'existe plus sur l'appareil (supprimée ou pas encore reçue).");
    }
    if (c == "store_closed") {
        return tr("L'application est verrouillée : saisissez votre code PIN.");
    }
    if (c == "missing_salt" || c == "corrupt_salt" || c == "not_a_database") {
        return tr(
            "Les données locales sont illisibles. Il faudra réinitialiser l'appareil et "
            "synchroniser à nouveau.");
    }
    if (c == "encryption_unavailable" || c == "key_derivation_failed") {
        return tr("Le chiffrement des données locales n'est pas disponible sur cet appareil.");
    }
    if (c == "store_too_new") {
        return tr(
            "Les données locales viennent d'une version plus récente de Ronde : mettez "
            "l'application à jour.");
    }
    if (c == "io_error" || c == "out_of_memory") {
        return tr(
            "L'appareil n'a pas pu écrire ses données (mémoire pleine ?). Libérez de la "
            "place et réessayez.");
    }
    if (c == "identity_mismatch") {
        return tr("Les données locales appartiennent à un autre appareil.");
    }

    // Sync and network.
    if (c == "network" || c == "network_error" || c == "timeout" || c == "no_network") {
        return tr(
            "Pas de réseau : vos saisies restent sur l'appareil et partiront à la "
            "prochaine connexion.");
    }
    if (c == "unauthorized" || c == "device_revoked" || c == "revoked") {
        return tr(
            "Le serveur a refusé cet appareil : reconnectez-vous ou contactez votre "
            "commandant d'unité.");
    }
    if (c == "insecure_transport") {
        return tr(
            "Connexion non chiffrée refusée : utilisez une adresse https://, ou autorisez "
            "le HTTP non chiffré dans les réglages.");
    }
    if (c == "unsupported_protocol") {
        return tr(
            "Le serveur utilise une autre version de Ronde : mettez l'application à "
            "jour.");
    }
    if (c == "invalid_credentials") {
        return tr("Identifiant ou mot de passe incorrect.");
    }
    if (c == "account_disabled") {
        return tr(
            "Ce compte a été désactivé par le commandement de l'unité. Vos saisies restent "
            "sur l'appareil : contactez votre commandant d'unité.");
    }
    if (c == "rate_limited") {
        return tr(
            "Trop de tentatives de connexion : patientez quelques minutes avant de "
            "réessayer.");
    }
    if (c == "unauthenticated" || c == "token_expired") {
        return tr(
            "Votre session a expiré : reconnectez-vous pour synchroniser. Vos saisies "
            "restent sur l'appareil.");
    }
    if (c == "other_unit" || (c == "forbidden" && e.field == "device.id")) {
        return tr(
            "Cet appareil contient les données d'une autre unité : connectez-vous avec un "
            "compte de cette unité, ou faites d'abord effacer l'appareil.");
    }
    if (c == "forbidden") {
        return tr(
            "Votre compte n'a pas accès à cette opération : contactez votre commandant "
            "d'unité.");
    }
    if (c == "invalid_url") {
        return tr("L'adresse du serveur n'est pas valable (ex. https://ronde.exemple.fr).");
    }
    if (c == "invalid_response" || c == "invalid_json") {
        return tr(
            "La réponse du serveur est illisible : réessayez plus tard ; si cela persiste, "
            "signalez-le.");
    }
    if (c == "other_user_pending") {
        return tr("Des saisies du compte %1 ne sont pas encore envoyées : reconnectez-vous "
                  "d'abord avec ce compte pour les envoyer.")
            .arg(QString::fromStdString(e.field));
    }
    // Refusals of one record by the server (the sync page's list).
    if (c == "not_author") {
        return tr(
            "Seul l'auteur de cette fiche peut la modifier : votre modification a été refusée.");
    }
    if (c == "clock_drift" || c == "invalid_hlc") {
        return tr(
            "L'heure de l'appareil est trop décalée : corrigez-la dans les réglages du "
            "téléphone, puis refaites la saisie.");
    }
    if (c == "edit_after_delete") {
        return tr(
            "Cette fiche a été supprimée entre-temps : votre modification n'a pas été reprise.");
    }
    if (c == "payload_too_large") {
        return tr("Cette fiche est trop volumineuse pour être envoyée : raccourcissez la note.");
    }
    return tr("Une erreur inattendue est survenue. Réessayez ; si elle persiste, signalez-la.");
}

QString ErrorText::signInSentence(const Error& error) {
    const std::string& c = error.code;
    if (c == "network" || c == "network_error" || c == "timeout") {
        return tr(
            "Le serveur ne répond pas : vérifiez son adresse et la connexion de "
            "l'appareil, puis réessayez.");
    }
    if (c == "device_revoked") {
        return tr(
            "Cet appareil a été révoqué par votre unité : contactez votre commandant "
            "d'unité.");
    }
    if (c == "unauthenticated" || c == "unauthorized") {
        return tr("Identifiant ou mot de passe incorrect.");
    }
    return sentence(error);
}

void FormErrors::add(const Error& error, const QString& formField) {
    const QString sentence = ErrorText::sentence(error);
    if (formField.isEmpty()) {
        text = sentence;
    } else {
        fields.insert(formField, sentence);
    }
}

bool FormErrors::clear() {
    if (fields.isEmpty() && text.isEmpty()) {
        return false;
    }
    fields.clear();
    text.clear();
    return true;
}

}  // namespace ronde::app
