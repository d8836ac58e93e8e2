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
    <name>ChosenContactCard</name>
    <message>
        <source>Changer</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>✓ Même chose que la dernière fois : sujets, actions et climat repris.</source>
        <translation>✓ Same as last time: topics, actions and climate copied.</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Même chose que la dernière fois</source>
        <translation>Same as last time</translation>
    </message>
</context>
<context>
    <name>ContactChooser</name>
    <message>
        <source>Rechercher dans le registre</source>
        <translation>Search the registry</translation>
    </message>
    <message>
        <source>Rechercher : nom, commerce, adresse…</source>
        <translation>Search: name, shop, address…</translation>
    </message>
    <message>
        <source>Aucun contact ne correspond : créez une fiche.</source>
        <translation>No contact matches: create a record.</translation>
    </message>
    <message>
        <source>+ Nouvelle fiche de contact</source>
        <translation>+ New contact record</translation>
    </message>
    <message>
        <source>Habitant anonyme (sans fiche)</source>
        <translation>Anonymous resident (no record)</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Noter un échange</source>
        <translation>Log a conversation</translation>
    </message>
    <message>
        <source>Historique des échanges</source>
        <translation>Conversation history</translation>
    </message>
    <message>
        <source>Aucun échange enregistré avec ce contact</source>
        <translation>No conversation logged with this contact</translation>
    </message>
</context>
<context>
    <name>ContactPickerPage</name>
    <message>
        <source>Registre des contacts</source>
        <translation>Contact registry</translation>
    </message>
    <message>
        <source>Rechercher dans le registre</source>
        <translation>Search the registry</translation>
    </message>
    <message>
        <source>Nom, commerce, adresse, commune…</source>
        <translation>Name, shop, address, town…</translation>
    </message>
    <message>
        <source>Le registre se remplit à la synchronisation et quand vous créez une fiche.</source>
        <translation>The registry fills up when the device syncs and when you create records.</translation>
    </message>
    <message>
        <source>Vérifiez l&apos;orthographe, ou créez la fiche depuis « Nouveau contact ».</source>
        <translation>Check the spelling, or create the record from “New contact”.</translation>
    </message>
    <message>
        <source>Registre vide</source>
        <translation>Empty registry</translation>
    </message>
    <message>
        <source>Aucun contact ne correspond</source>
        <translation>No contact matches</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <source>Avec qui ?</source>
        <translation>With whom?</translation>
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
    <name>ErrorText</name>
    <message>
        <source>le nom</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>le résumé du suivi</source>
        <translation>the follow-up summary</translation>
    </message>
    <message>
        <source>l&apos;échéance du suivi</source>
        <translation>the follow-up due date</translation>
    </message>
    <message>
        <source>la note</source>
        <translation>the note</translation>
    </message>
    <message>
        <source>le téléphone</source>
        <translation>the phone number</translation>
    </message>
    <message>
        <source>l&apos;adresse e-mail</source>
        <translation>the email address</translation>
    </message>
    <message>
        <source>le SIRET</source>
        <translation>the SIRET</translation>
    </message>
    <message>
        <source>l&apos;adresse</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>la commune</source>
        <translation>the town</translation>
    </message>
    <message>
        <source>la fonction</source>
        <translation>the role</translation>
    </message>
    <message>
        <source>le secteur</source>
        <translation>the area</translation>
    </message>
    <message>
        <source>l&apos;évènement</source>
        <translation>the event</translation>
    </message>
    <message>
        <source>les sujets</source>
        <translation>the topics</translation>
    </message>
    <message>
        <source>les actions</source>
        <translation>the actions</translation>
    </message>
    <message>
        <source>la position</source>
        <translation>the position</translation>
    </message>
    <message>
        <source>Indiquez au moins l&apos;organisme ou le nom de la personne.</source>
        <translation>Enter at least the organisation or the name of the person.</translation>
    </message>
    <message>
        <source>Décrivez en une phrase le suivi à faire.</source>
        <translation>Describe the follow-up in one sentence.</translation>
    </message>
    <message>
        <source>Un champ obligatoire est vide.</source>
        <translation>A required field is empty.</translation>
    </message>
    <message>
        <source>Renseignez %1.</source>
        <translation>Fill in %1.</translation>
    </message>
    <message>
        <source>Le suivi est incomplet : vérifiez le résumé et l&apos;échéance.</source>
        <translation>The follow-up is incomplete: check its summary and due date.</translation>
    </message>
    <message>
        <source>Le texte est trop long : 4 000 caractères au plus.</source>
        <translation>The text is too long: 4,000 characters at most.</translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue : 400 caractères au plus.</source>
        <translation>The address is too long: 400 characters at most.</translation>
    </message>
    <message>
        <source>Un texte est trop long : 200 caractères au plus.</source>
        <translation>A text is too long: 200 characters at most.</translation>
    </message>
    <message>
        <source>Le champ « %1 » est trop long : 200 caractères au plus.</source>
        <translation>“%1” is too long: 200 characters at most.</translation>
    </message>
    <message>
        <source>Le numéro de téléphone n&apos;est pas un numéro français (ex. 06 12 34 56 78).</source>
        <translation>The phone number is not a French number (e.g. 06 12 34 56 78).</translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail n&apos;est pas valable (ex. nom@exemple.fr).</source>
        <translation>The email address is not valid (e.g. name@example.fr).</translation>
    </message>
    <message>
        <source>Le SIRET doit compter 14 chiffres valides.</source>
        <translation>The SIRET must have 14 valid digits.</translation>
    </message>
    <message>
        <source>Une valeur saisie contient des caractères non permis.</source>
        <translation>A value contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>Le champ « %1 » contient des caractères non permis.</source>
        <translation>“%1” contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>Une même valeur est choisie deux fois.</source>
        <translation>The same value is chosen twice.</translation>
    </message>
    <message>
        <source>La position est hors limites : corrigez-la ou saisissez-la à la main.</source>
        <translation>The position is out of range: correct it or enter it by hand.</translation>
    </message>
    <message>
        <source>La fin de la patrouille précède son début : vérifiez l&apos;heure de l&apos;appareil.</source>
        <translation>The patrol ends before it starts: check the device&apos;s clock.</translation>
    </message>
    <message>
        <source>Une date ou une valeur est hors limites : vérifiez l&apos;heure de l&apos;appareil.</source>
        <translation>A date or a value is out of range: check the device&apos;s clock.</translation>
    </message>
    <message>
        <source>Trop d&apos;éléments dans la liste (%1).</source>
        <translation>Too many items in the list (%1).</translation>
    </message>
    <message>
        <source>Une donnée de l&apos;application est incohérente : réessayez, et signalez-le si cela se reproduit.</source>
        <translation>Some data of the app is inconsistent: try again, and report it if it happens again.</translation>
    </message>
    <message>
        <source>Code PIN incorrect.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Cet appareil n&apos;est pas encore inscrit : connectez-vous une fois au serveur de l&apos;unité pour pouvoir enregistrer.</source>
        <translation>This device is not enrolled yet: sign in to the unit&apos;s server once to be able to save.</translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus sur l&apos;appareil (supprimée ou pas encore reçue).</source>
        <translation>This record is no longer on the device (deleted, or not received yet).</translation>
    </message>
    <message>
        <source>L&apos;application est verrouillée : saisissez votre code PIN.</source>
        <translation>The app is locked: enter your PIN.</translation>
    </message>
    <message>
        <source>Les données locales sont illisibles. Il faudra réinitialiser l&apos;appareil et synchroniser à nouveau.</source>
        <translation>The local data cannot be read. The device will have to be reset and synced again.</translation>
    </message>
    <message>
        <source>Le chiffrement des données locales n&apos;est pas disponible sur cet appareil.</source>
        <translation>Encryption of the local data is not available on this device.</translation>
    </message>
    <message>
        <source>Les données locales viennent d&apos;une version plus récente de Ronde : mettez l&apos;application à jour.</source>
        <translation>The local data comes from a newer version of Ronde: update the app.</translation>
    </message>
    <message>
        <source>L&apos;appareil n&apos;a pas pu écrire ses données (mémoire pleine ?). Libérez de la place et réessayez.</source>
        <translation>The device could not write its data (storage full?). Free some space and try again.</translation>
    </message>
    <message>
        <source>Les données locales appartiennent à un autre appareil.</source>
        <translation>The local data belongs to another device.</translation>
    </message>
    <message>
        <source>Pas de réseau : vos saisies restent sur l&apos;appareil et partiront à la prochaine connexion.</source>
        <translation>No network: what you log stays on the device and is sent at the next connection.</translation>
    </message>
    <message>
        <source>Le serveur a refusé cet appareil : reconnectez-vous ou contactez votre commandant d&apos;unité.</source>
        <translation>The server refused this device: sign in again or contact your unit commander.</translation>
    </message>
    <message>
        <source>Le serveur utilise une autre version de Ronde : mettez l&apos;application à jour.</source>
        <translation>The server uses another version of Ronde: update the app.</translation>
    </message>
    <message>
        <source>Une erreur inattendue est survenue. Réessayez ; si elle persiste, signalez-la.</source>
        <translation>Something unexpected went wrong. Try again; if it persists, report it.</translation>
    </message>
    <message>
        <source>Connexion non chiffrée refusée : utilisez une adresse https://, ou autorisez le HTTP non chiffré dans les réglages.</source>
        <translation>Unencrypted connection refused: use an https:// address, or allow unencrypted HTTP in the settings.</translation>
    </message>
</context>
<context>
    <name>FollowUpItem</name>
    <message>
        <source>En retard : %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>Échéance : %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Clore</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Suivi nécessaire</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>Suivi à faire</source>
        <translation>Follow-up to do</translation>
    </message>
    <message>
        <source>ex. Repasser un soir pour les bruits</source>
        <translation>e.g. Come back one evening about the noise</translation>
    </message>
    <message>
        <source>Échéance du suivi</source>
        <translation>Follow-up due date</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Suivis ouverts</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Suivis à afficher</source>
        <translation>Follow-ups to show</translation>
    </message>
    <message>
        <source>Les miens</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Non attribués</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Un échange marqué « suivi nécessaire » reste ici jusqu&apos;à sa clôture.</source>
        <translation>A conversation marked “follow-up needed” stays here until it is closed.</translation>
    </message>
    <message>
        <source>Aucun suivi ouvert</source>
        <translation>No open follow-up</translation>
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
    <name>HomeShortcuts</name>
    <message>
        <source>Registre</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation>Follow-ups</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Ronde</source>
        <translation>Ronde</translation>
    </message>
</context>
<context>
    <name>NewContactForm</name>
    <message>
        <source>Nouvelle fiche</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Organisme (commerce, mairie, entreprise…)</source>
        <translation>Organisation (shop, town hall, company…)</translation>
    </message>
    <message>
        <source>Personne rencontrée</source>
        <translation>Person met</translation>
    </message>
    <message>
        <source>ex. Mme Lefèvre, gérante</source>
        <translation>e.g. Mrs Lefèvre, manager</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Téléphone (facultatif)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>La fiche est placée à votre position actuelle.</source>
        <translation>The record is placed at your current position.</translation>
    </message>
</context>
<context>
    <name>NoteSection</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pas de données sensibles : santé, origine, opinions, religion, vie privée, infractions reprochées à une personne.</source>
        <translation>No sensitive data: health, origin, opinions, religion, private life, offences a person is accused of.</translation>
    </message>
    <message>
        <source>Ce qui a été dit, en quelques mots</source>
        <translation>What was said, in a few words</translation>
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
    <name>PatrolStartPage</name>
    <message>
        <source>Commencer une patrouille</source>
        <translation>Start a patrol</translation>
    </message>
    <message>
        <source>Patrouille commencée</source>
        <translation>Patrol started</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Mode de patrouille</source>
        <translation>Patrol mode</translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>ex. Centre commercial Grand Quartier</source>
        <translation>e.g. Grand Quartier shopping centre</translation>
    </message>
    <message>
        <source>Évènement (facultatif)</source>
        <translation>Event (optional)</translation>
    </message>
    <message>
        <source>ex. Marché du samedi</source>
        <translation>e.g. Saturday market</translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>PatrolSummaryPage</name>
    <message>
        <source>Patrouille terminée</source>
        <translation>Patrol ended</translation>
    </message>
    <message>
        <source>Terminer la patrouille</source>
        <translation>End the patrol</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Contacts notés</source>
        <translation>Contacts logged</translation>
    </message>
    <message>
        <source>Suivis ouverts</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Sujets</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Back to home</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choix du code PIN</source>
        <translation>Choosing the PIN</translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <source>Choisissez votre code PIN</source>
        <translation>Choose your PIN</translation>
    </message>
    <message>
        <source>Ronde est verrouillée</source>
        <translation>Ronde is locked</translation>
    </message>
    <message>
        <source>Il chiffre les données de l&apos;unité sur cet appareil : %1 chiffres au moins. Sans lui, elles sont illisibles.</source>
        <translation>It encrypts the unit&apos;s data on this device: %1 digits at least. Without it, the data cannot be read.</translation>
    </message>
    <message>
        <source>Saisissez votre code PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Confirmez le code PIN</source>
        <translation>Confirm the PIN</translation>
    </message>
    <message>
        <source>Ouverture…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>Enregistrer le code</source>
        <translation>Save the PIN</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Ronde</source>
        <translation>Ronde</translation>
    </message>
</context>
<context>
    <name>PositionLine</name>
    <message>
        <source>Position : %1. Corriger</source>
        <translation>Position: %1. Correct</translation>
    </message>
    <message>
        <source>Corriger</source>
        <translation>Correct</translation>
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
    <name>TodaysVisitsPage</name>
    <message>
        <source>Échanges du jour</source>
        <translation>Today&apos;s conversations</translation>
    </message>
    <message>
        <source> · suivi</source>
        <translation> · follow-up</translation>
    </message>
    <message>
        <source>Les échanges notés aujourd&apos;hui apparaîtront ici.</source>
        <translation>The conversations logged today will appear here.</translation>
    </message>
    <message>
        <source>Aucun échange aujourd&apos;hui</source>
        <translation>No conversation today</translation>
    </message>
</context>
<context>
    <name>VisitCapturePage</name>
    <message>
        <source>Noter un échange</source>
        <translation>Log a conversation</translation>
    </message>
    <message>
        <source>Échange enregistré sur l&apos;appareil</source>
        <translation>Conversation saved on the device</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sujets abordés</source>
        <translation>Topics discussed</translation>
    </message>
    <message>
        <source>Actions menées</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <source>Climat de l&apos;échange</source>
        <translation>Climate of the conversation</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>Habitant anonyme</source>
        <translation>Anonymous resident</translation>
    </message>
    <message>
        <source>Contact inconnu</source>
        <translation>Unknown contact</translation>
    </message>
    <message>
        <source>Contact entretenu</source>
        <translation>Contact maintained</translation>
    </message>
    <message>
        <source>En attente d&apos;envoi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Refusé par le serveur</source>
        <translation>Refused by the server</translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>Touchez un contact à proximité pour noter un échange, ou « Nouveau contact ».</source>
        <translation>Tap a nearby contact to log a conversation, or “New contact”.</translation>
    </message>
    <message>
        <source>Aucun contact sélectionné</source>
        <translation>No contact selected</translation>
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
    <name>ronde::app::ContactHistoryModel</name>
    <message>
        <source>Suivi clos : %1</source>
        <translation>Follow-up closed: %1</translation>
    </message>
    <message>
        <source>Suivi ouvert : %1</source>
        <translation>Open follow-up: %1</translation>
    </message>
</context>
<context>
    <name>ronde::app::FollowUpsModel</name>
    <message>
        <source>sans échéance</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ronde::app::NearbyContactsModel</name>
    <message>
        <source>vu %1</source>
        <translation>seen %1</translation>
    </message>
</context>
<context>
    <name>ronde::app::PatrolController</name>
    <message>
        <source>depuis %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <source>Une patrouille est déjà en cours : terminez-la d&apos;abord.</source>
        <translation>A patrol is already running: end it first.</translation>
    </message>
    <message>
        <source>Aucune patrouille en cours.</source>
        <translation>No patrol running.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <name>ronde::app::StoreSession</name>
    <message>
        <source>Un code PIN existe déjà sur cet appareil.</source>
        <translation>This device already has a PIN.</translation>
    </message>
    <message>
        <source>Le code PIN doit compter au moins %1 chiffres.</source>
        <translation>The PIN must have at least %1 digits.</translation>
    </message>
    <message>
        <source>Les deux codes PIN ne sont pas identiques.</source>
        <translation>The two PINs are not the same.</translation>
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
<context>
    <name>ronde::app::VisitCaptureController</name>
    <message>
        <source>Sans échéance</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>Échéance : %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>1 semaine</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>2 semaines</source>
        <translation>2 weeks</translation>
    </message>
    <message>
        <source>1 mois</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>Sans position : le contact sera enregistré sans lieu.</source>
        <translation>No position: the conversation will be saved without a place.</translation>
    </message>
    <message>
        <source>GPS, précision ± %1</source>
        <translation>GPS, accuracy ± %1</translation>
    </message>
    <message>
        <source>Dernière visite %1 : %2</source>
        <translation>Last visit %1: %2</translation>
    </message>
    <message>
        <source>Habitant anonyme</source>
        <translation>Anonymous resident</translation>
    </message>
    <message>
        <source>Aucune fiche n&apos;est créée.</source>
        <translation>No record is created.</translation>
    </message>
    <message>
        <source>Choisissez un contact, créez-en un, ou choisissez « Habitant anonyme ».</source>
        <translation>Pick a contact, create one, or choose “Anonymous resident”.</translation>
    </message>
</context>
<context>
    <name>ronde::app::format</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>aujourd&apos;hui à %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>hier à %1</source>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <source>demain</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>hier</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
</context>
</TS>
