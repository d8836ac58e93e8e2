<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AccuracyIndicator</name>
    <message>
        <source>Position manuelle</source>
        <translation>Manual position</translation>
    </message>
    <message>
        <source>Pas de position</source>
        <translation>No position</translation>
    </message>
    <message>
        <source>Position GPS ancienne</source>
        <translation>Old GPS position</translation>
    </message>
    <message>
        <source>GPS %1</source>
        <translation>GPS %1</translation>
    </message>
    <message>
        <source>Position : %1</source>
        <translation>Position: %1</translation>
    </message>
</context>
<context>
    <name>DeviceSettings</name>
    <message>
        <source>Sécurité et appareil</source>
        <translation>Security and device</translation>
    </message>
    <message>
        <source>Verrouiller après une inactivité de</source>
        <translation>Lock after inactivity of</translation>
    </message>
    <message>
        <source>Délai de verrouillage</source>
        <translation>Lock delay</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Par exemple : Tablette 2 BTA Cesson</source>
        <translation>For example: Tablet 2 BTA Cesson</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Ronde</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Nouveau contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Contacts à proximité</source>
        <translation>Contacts nearby</translation>
    </message>
    <message>
        <source>Les contacts du registre apparaîtront ici, du plus proche au plus éloigné.</source>
        <translation>Contacts from the registry will appear here, nearest first.</translation>
    </message>
    <message>
        <source>Aucun contact connu à proximité</source>
        <translation>No known contact nearby</translation>
    </message>
    <message>
        <source>Suivis ouverts près de moi</source>
        <translation>Open follow-ups near me</translation>
    </message>
    <message>
        <source>Un contact marqué « suivi nécessaire » reste ici jusqu&apos;à sa clôture.</source>
        <translation>A contact marked “follow-up needed” stays here until it is closed.</translation>
    </message>
    <message>
        <source>Aucun suivi ouvert</source>
        <translation>No open follow-up</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Ronde</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Touchez un contact à proximité pour voir son historique, ou « Nouveau contact » pour noter un échange.</source>
        <translation>Tap a nearby contact to see its history, or “New contact” to log a conversation.</translation>
    </message>
    <message>
        <source>Aucun contact sélectionné</source>
        <translation>No contact selected</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PatrolCard</name>
    <message>
        <source>Patrouille en cours</source>
        <translation>Patrol in progress</translation>
    </message>
    <message>
        <source>Aucune patrouille en cours</source>
        <translation>No patrol in progress</translation>
    </message>
    <message>
        <source>Commencez une patrouille pour y rattacher vos contacts.</source>
        <translation>Start a patrol to attach your contacts to it.</translation>
    </message>
    <message>
        <source>Terminer la patrouille</source>
        <translation>End the patrol</translation>
    </message>
    <message>
        <source>Commencer une patrouille</source>
        <translation>Start a patrol</translation>
    </message>
</context>
<context>
    <name>PositionPage</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Revenir au GPS</source>
        <translation>Back to GPS</translation>
    </message>
    <message>
        <source>Saisir la position à la main</source>
        <translation>Enter the position by hand</translation>
    </message>
    <message>
        <source>Quand le GPS ne capte pas (sous un toit, en sous-sol), indiquez la latitude et la longitude du lieu.</source>
        <translation>When the GPS has no signal (under a roof, underground), enter the latitude and longitude of the place.</translation>
    </message>
    <message>
        <source>Latitude et longitude</source>
        <translation>Latitude and longitude</translation>
    </message>
    <message>
        <source>Utiliser cette position</source>
        <translation>Use this position</translation>
    </message>
    <message>
        <source>Mise à jour %1</source>
        <translation>Updated %1</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Serveur de l&apos;unité</source>
        <translation>Unit&apos;s server</translation>
    </message>
    <message>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse</source>
        <translation>Save the address</translation>
    </message>
    <message>
        <source>Autoriser le HTTP non chiffré vers un autre appareil</source>
        <translation>Allow unencrypted HTTP to another device</translation>
    </message>
    <message>
        <source>À réserver aux essais : sans https, les données des contacts circulent en clair sur le réseau.</source>
        <translation>For trials only: without https, contact data travels over the network in clear text.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ronde %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <source>Clair</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Sombre</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Clair pour le plein soleil, sombre pour la nuit ; « Auto » suit l&apos;appareil.</source>
        <translation>Light for bright sunlight, dark for the night; “Auto” follows the device.</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Synchronisation…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Échec de synchro</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Hors ligne · %1 en attente</source>
        <translation>Offline · %1 waiting</translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 en attente</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>À jour</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Jamais synchronisé</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Synchronisation : %1. %2</source>
        <translation>Sync: %1. %2</translation>
    </message>
</context>
<context>
    <name>VisitCapturePage</name>
    <message>
        <source>Nouveau contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Le registre local de l&apos;unité n&apos;est pas encore ouvert sur cet appareil : la saisie sera possible après la connexion au serveur.</source>
        <translation>The unit&apos;s local registry is not open on this device yet: logging will be possible after signing in to the server.</translation>
    </message>
    <message>
        <source>Registre local indisponible</source>
        <translation>Local registry unavailable</translation>
    </message>
</context>
<context>
    <name>ronde::app::AppSettings</name>
    <message>
        <source>Indiquez l&apos;adresse du serveur de l&apos;unité.</source>
        <translation>Enter the address of the unit&apos;s server.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas valide. Écrivez-la sous la forme https://ronde.exemple.fr.</source>
        <translation>This address is not valid. Write it as https://ronde.example.fr.</translation>
    </message>
    <message>
        <source>L&apos;adresse doit commencer par https://.</source>
        <translation>The address must start with https://.</translation>
    </message>
    <message>
        <source>L&apos;adresse ne doit contenir ni identifiant ni mot de passe.</source>
        <translation>The address must not contain a username or a password.</translation>
    </message>
    <message>
        <source>Une connexion non chiffrée (http://) n&apos;est permise que vers cet appareil. Utilisez https://, ou autorisez le HTTP non chiffré dans les réglages.</source>
        <translation>An unencrypted connection (http://) is only allowed to this device. Use https://, or allow unencrypted HTTP in the settings.</translation>
    </message>
</context>
<context>
    <name>ronde::app::PositionProvider</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Le fichier de positions %1 est illisible.</source>
        <translation>The position file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Trace NMEA enregistrée</source>
        <translation>Recorded NMEA track</translation>
    </message>
    <message>
        <source>Pas de GPS sur cet appareil : saisissez la position à la main.</source>
        <translation>No GPS on this device: enter the position by hand.</translation>
    </message>
    <message>
        <source>GPS de l&apos;appareil</source>
        <translation>Device GPS</translation>
    </message>
    <message>
        <source>Écrivez la latitude puis la longitude, par exemple 48.1193, -1.6029.</source>
        <translation>Write the latitude then the longitude, for example 48.1193, -1.6029.</translation>
    </message>
    <message>
        <source>La latitude doit être comprise entre -90 et 90, la longitude entre -180 et 180.</source>
        <translation>The latitude must be between -90 and 90, the longitude between -180 and 180.</translation>
    </message>
    <message>
        <source>%1 N</source>
        <translation>%1 N</translation>
    </message>
    <message>
        <source>%1 S</source>
        <translation>%1 S</translation>
    </message>
    <message>
        <source>%1 E</source>
        <translation>%1 E</translation>
    </message>
    <message>
        <source>%1 O</source>
        <comment>west</comment>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>saisie à la main</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <source>précision inconnue</source>
        <translation>accuracy unknown</translation>
    </message>
    <message>
        <source>± %1 m</source>
        <translation>± %1 m</translation>
    </message>
    <message>
        <source>L&apos;accès à la position est refusé : autorisez-le dans les réglages de l&apos;appareil, ou saisissez la position à la main.</source>
        <translation>Access to the position is denied: allow it in the device settings, or enter the position by hand.</translation>
    </message>
    <message>
        <source>La localisation est désactivée sur l&apos;appareil.</source>
        <translation>Location is turned off on the device.</translation>
    </message>
    <message>
        <source>Pas de signal GPS pour l&apos;instant.</source>
        <translation>No GPS signal for now.</translation>
    </message>
    <message>
        <source>Le GPS ne répond pas.</source>
        <translation>The GPS does not respond.</translation>
    </message>
    <message>
        <source>Position saisie à la main</source>
        <translation>Position entered by hand</translation>
    </message>
    <message>
        <source>Position GPS, précision inconnue</source>
        <translation>GPS position, accuracy unknown</translation>
    </message>
    <message>
        <source>Position GPS à ± %1 m</source>
        <translation>GPS position within ± %1 m</translation>
    </message>
    <message>
        <source>Recherche du signal GPS…</source>
        <translation>Looking for a GPS signal…</translation>
    </message>
    <message>
        <source>GPS arrêté</source>
        <translation>GPS stopped</translation>
    </message>
    <message>
        <source>il y a %1</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>Dernière position GPS %1</source>
        <translation>Last GPS position %1</translation>
    </message>
    <message>
        <source>à l&apos;instant</source>
        <translation>just now</translation>
    </message>
</context>
<context>
    <name>ronde::app::SyncStatus</name>
    <message>
        <source>Jamais synchronisé</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Synchronisé à l&apos;instant</source>
        <translation>Synced just now</translation>
    </message>
    <message>
        <source>Synchronisé il y a %1 min</source>
        <translation>Synced %1 min ago</translation>
    </message>
    <message>
        <source>Synchronisé à %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Synchronisé le %1 à %2</source>
        <translation>Synced on %1 at %2</translation>
    </message>
</context>
</TS>
