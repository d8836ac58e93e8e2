<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr_FR">
<context>
    <name>AccuracyIndicator</name>
    <message>
        <source>Position manuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position GPS ancienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceSettings</name>
    <message>
        <source>Sécurité et appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouiller après une inactivité de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai de verrouillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par exemple : Tablette 2 BTA Cesson</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts à proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les contacts du registre apparaîtront ici, du plus proche au plus éloigné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact connu à proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis ouverts près de moi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un contact marqué « suivi nécessaire » reste ici jusqu&apos;à sa clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun suivi ouvert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez un contact à proximité pour voir son historique, ou « Nouveau contact » pour noter un échange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolCard</name>
    <message>
        <source>Patrouille en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune patrouille en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencez une patrouille pour y rattacher vos contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer la patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer une patrouille</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPage</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir au GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisir la position à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quand le GPS ne capte pas (sous un toit, en sous-sol), indiquez la latitude et la longitude du lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude et longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utiliser cette position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise à jour %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Serveur de l&apos;unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoriser le HTTP non chiffré vers un autre appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À réserver aux essais : sans https, les données des contacts circulent en clair sur le réseau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clair pour le plein soleil, sombre pour la nuit ; « Auto » suit l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Synchronisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de synchro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors ligne · %1 en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamais synchronisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation : %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitCapturePage</name>
    <message>
        <source>Nouveau contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le registre local de l&apos;unité n&apos;est pas encore ouvert sur cet appareil : la saisie sera possible après la connexion au serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre local indisponible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::AppSettings</name>
    <message>
        <source>Indiquez l&apos;adresse du serveur de l&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas valide. Écrivez-la sous la forme https://ronde.exemple.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse doit commencer par https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse ne doit contenir ni identifiant ni mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une connexion non chiffrée (http://) n&apos;est permise que vers cet appareil. Utilisez https://, ou autorisez le HTTP non chiffré dans les réglages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::PositionProvider</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de positions %1 est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace NMEA enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de GPS sur cet appareil : saisissez la position à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrivez la latitude puis la longitude, par exemple 48.1193, -1.6029.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La latitude doit être comprise entre -90 et 90, la longitude entre -180 et 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 O</source>
        <comment>west</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saisie à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>précision inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;accès à la position est refusé : autorisez-le dans les réglages de l&apos;appareil, ou saisissez la position à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La localisation est désactivée sur l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de signal GPS pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le GPS ne répond pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position saisie à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position GPS, précision inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position GPS à ± %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche du signal GPS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS arrêté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il y a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière position GPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à l&apos;instant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SyncStatus</name>
    <message>
        <source>Jamais synchronisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé à l&apos;instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé il y a %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé le %1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
