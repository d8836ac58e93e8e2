<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Nouveau mot de passe pour %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>Le gendarme se connecte avec cet identifiant et ce mot de passe provisoire, que vous lui remettez en main propre.</source>
        <translation>The gendarme signs in with this username and this provisional password, which you hand over in person.</translation>
    </message>
    <message>
        <source>L&apos;ancien mot de passe ne fonctionnera plus. Les appareils déjà connectés le restent ; révoquez-les s&apos;ils sont perdus.</source>
        <translation>The old password will stop working. Devices already signed in stay signed in; revoke them if they are lost.</translation>
    </message>
    <message>
        <source>Grade, prénom et nom</source>
        <translation>Rank, first name and surname</translation>
    </message>
    <message>
        <source>Gendarme Léa Tanguy</source>
        <translation>Gendarme Léa Tanguy</translation>
    </message>
    <message>
        <source>Identifiant de connexion</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>l.tanguy</source>
        <translation>l.tanguy</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Patrouille</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Commandement</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Mot de passe provisoire (8 caractères au moins)</source>
        <translation>Provisional password (at least 8 characters)</translation>
    </message>
    <message>
        <source>Le même, une seconde fois</source>
        <translation>The same, a second time</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <source>Changer le mot de passe</source>
        <translation>Change the password</translation>
    </message>
    <message>
        <source>Compte « %1 » créé. Remettez son mot de passe provisoire en main propre.</source>
        <translation>Account “%1” created. Hand over its provisional password in person.</translation>
    </message>
    <message>
        <source>Mot de passe de %1 changé.</source>
        <translation>Password of %1 changed.</translation>
    </message>
</context>
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
    <name>ConfirmDialog</name>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>%1 · tranché</source>
        <translation>%1 · settled</translation>
    </message>
    <message>
        <source>Valeur retenue</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <source>Valeur écartée</source>
        <translation>Value set aside</translation>
    </message>
    <message>
        <source>Garder cette valeur</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Champ : %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <source>%1 · rien à trancher</source>
        <translation>%1 · nothing to settle</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflits de modification</source>
        <translation>Edit conflicts</translation>
    </message>
    <message>
        <source>Aucun conflit</source>
        <translation>No conflicts</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Quand deux gendarmes modifient la même fiche hors réseau, la valeur écartée apparaît ici : vous choisissez celle à garder.</source>
        <translation>When two gendarmes edit the same record offline, the value set aside shows here: you choose the one to keep.</translation>
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
    <name>ContactDeleteCard</name>
    <message>
        <source>Supprimer « %1 » du registre ?</source>
        <translation>Delete “%1” from the registry?</translation>
    </message>
    <message>
        <source>Une fiche en double ou erronée peut être supprimée.</source>
        <translation>A duplicate or wrong contact can be deleted.</translation>
    </message>
    <message>
        <source>Elle disparaîtra aussi des autres appareils de l&apos;unité à la prochaine synchronisation. Les échanges déjà notés sont conservés.</source>
        <translation>It will also disappear from the unit&apos;s other devices at the next sync. Conversations already logged are kept.</translation>
    </message>
    <message>
        <source>Supprimer la fiche…</source>
        <translation>Delete contact…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ContactEditPage</name>
    <message>
        <source>Modifier la fiche</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Enregistrer la fiche</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <source>Fiche supprimée</source>
        <translation>Contact deleted</translation>
    </message>
</context>
<context>
    <name>ContactIdentityFields</name>
    <message>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Personne rencontrée</source>
        <translation>Person met</translation>
    </message>
    <message>
        <source>ex. Mme Lefèvre</source>
        <translation>e.g. Mrs Lefèvre</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>ex. gérante, maire, directeur</source>
        <translation>e.g. manager, mayor, director</translation>
    </message>
    <message>
        <source>Changer la catégorie</source>
        <translation>Change the category</translation>
    </message>
    <message>
        <source>Changer</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>commerce, mairie, entreprise…</source>
        <translation>shop, town hall, company…</translation>
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
    <message>
        <source>Modifier la fiche</source>
        <translation>Edit contact</translation>
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
    <name>ContactPlaceFields</name>
    <message>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Position sur la carte</source>
        <translation>Position on the map</translation>
    </message>
    <message>
        <source>Aucune position enregistrée</source>
        <translation>No position recorded</translation>
    </message>
    <message>
        <source>Utiliser ma position actuelle</source>
        <translation>Use my current position</translation>
    </message>
    <message>
        <source>Position actuelle : %1</source>
        <translation>Current position: %1</translation>
    </message>
</context>
<context>
    <name>ContactReachFields</name>
    <message>
        <source>Joindre</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Téléphone (facultatif)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>ex. 06 12 34 56 78</source>
        <translation>e.g. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>E-mail (facultatif)</source>
        <translation>E-mail (optional)</translation>
    </message>
    <message>
        <source>ex. nom@exemple.fr</source>
        <translation>e.g. name@example.fr</translation>
    </message>
    <message>
        <source>Inscrit aux alertes SMS</source>
        <translation>Signed up for SMS alerts</translation>
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
    <name>ContactUnitFields</name>
    <message>
        <source>Suivi par l&apos;unité</source>
        <translation>Kept by the unit</translation>
    </message>
    <message>
        <source>Je suis le référent de ce contact</source>
        <translation>I am this contact&apos;s referent</translation>
    </message>
    <message>
        <source>Vous remplacerez le référent actuel, un autre gendarme de l&apos;unité.</source>
        <translation>You will replace the current referent, another gendarme of the unit.</translation>
    </message>
    <message>
        <source>Un autre gendarme de l&apos;unité est le référent.</source>
        <translation>Another gendarme of the unit is the referent.</translation>
    </message>
    <message>
        <source>SIRET (entreprises, facultatif)</source>
        <translation>SIRET (businesses, optional)</translation>
    </message>
    <message>
        <source>Mots-clés, séparés par des virgules</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>ex. marché du samedi, galerie</source>
        <translation>e.g. Saturday market, mall</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pas de données sensibles : santé, origine, opinions, religion, vie privée, infractions reprochées à une personne.</source>
        <translation>No sensitive data: health, origin, opinions, religion, private life, offences a person is accused of.</translation>
    </message>
    <message>
        <source>Horaires, accès, habitudes utiles à la patrouille</source>
        <translation>Opening hours, access, habits useful to the patrol</translation>
    </message>
</context>
<context>
    <name>ContactsToMaintainPage</name>
    <message>
        <source>Contacts à entretenir</source>
        <translation>Contacts to maintain</translation>
    </message>
    <message>
        <source>Chaque contact de ces critères a été vu pendant la période.</source>
        <translation>Every contact matching these criteria was seen during the period.</translation>
    </message>
    <message>
        <source>Aucun contact à entretenir</source>
        <translation>No contacts to maintain</translation>
    </message>
    <message>
        <source>Contacts à afficher</source>
        <translation>Contacts to show</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Référent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>suivis ouverts</source>
        <translation>open follow-ups</translation>
    </message>
    <message>
        <source>contacts à entretenir (90 jours)</source>
        <translation>contacts to maintain (90 days)</translation>
    </message>
    <message>
        <source>Visites par semaine</source>
        <translation>Visits per week</translation>
    </message>
    <message>
        <source>Par sujet</source>
        <translation>By topic</translation>
    </message>
    <message>
        <source>Par catégorie de contact</source>
        <translation>By contact category</translation>
    </message>
    <message>
        <source>Aucun suivi ouvert.</source>
        <translation>No open follow-ups.</translation>
    </message>
    <message>
        <source>Tableau des suivis</source>
        <translation>Follow-ups board</translation>
    </message>
    <message>
        <source>non attribué</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>Suivis ouverts</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Tous les contacts ont été vus ces 90 derniers jours.</source>
        <translation>Every contact was seen in the last 90 days.</translation>
    </message>
    <message>
        <source>Tous les contacts à entretenir</source>
        <translation>All contacts to maintain</translation>
    </message>
    <message>
        <source>Contacts à entretenir</source>
        <translation>Contacts to maintain</translation>
    </message>
    <message>
        <source>%1 · référent : %2</source>
        <translation>%1 · referent: %2</translation>
    </message>
    <message>
        <source>visites sur la période</source>
        <translation>visits in the period</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <source>Révoquer</source>
        <translation>Revoke</translation>
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
    <message>
        <source>Code PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Changer le code PIN</source>
        <translation>Change PIN</translation>
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
    <message>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Trop de tentatives de connexion : patientez quelques minutes avant de réessayer.</source>
        <translation>Too many sign-in attempts: wait a few minutes before trying again.</translation>
    </message>
    <message>
        <source>Votre session a expiré : reconnectez-vous pour synchroniser. Vos saisies restent sur l&apos;appareil.</source>
        <translation>Your session has expired: sign in again to sync. Your entries stay on the device.</translation>
    </message>
    <message>
        <source>Votre compte n&apos;a pas accès à cette opération : contactez votre commandant d&apos;unité.</source>
        <translation>Your account may not do this: contact your unit commander.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur n&apos;est pas valable (ex. https://ronde.exemple.fr).</source>
        <translation>The server address is not valid (e.g. https://ronde.example.org).</translation>
    </message>
    <message>
        <source>La réponse du serveur est illisible : réessayez plus tard ; si cela persiste, signalez-le.</source>
        <translation>The server&apos;s answer could not be read: try again later; if it persists, report it.</translation>
    </message>
    <message>
        <source>Des saisies du compte %1 ne sont pas encore envoyées : reconnectez-vous d&apos;abord avec ce compte pour les envoyer.</source>
        <translation>Entries of the account %1 have not been sent yet: sign in with that account first to send them.</translation>
    </message>
    <message>
        <source>Seul l&apos;auteur de cette fiche peut la modifier : votre modification a été refusée.</source>
        <translation>Only the author of this record may change it: your change was refused.</translation>
    </message>
    <message>
        <source>L&apos;heure de l&apos;appareil est trop décalée : corrigez-la dans les réglages du téléphone, puis refaites la saisie.</source>
        <translation>The device&apos;s clock is too far off: correct it in the phone&apos;s settings, then enter it again.</translation>
    </message>
    <message>
        <source>Cette fiche a été supprimée entre-temps : votre modification n&apos;a pas été reprise.</source>
        <translation>This record was deleted in the meantime: your change was not kept.</translation>
    </message>
    <message>
        <source>Cette fiche est trop volumineuse pour être envoyée : raccourcissez la note.</source>
        <translation>This record is too large to send: shorten the note.</translation>
    </message>
    <message>
        <source>Le serveur ne répond pas : vérifiez son adresse et la connexion de l&apos;appareil, puis réessayez.</source>
        <translation>The server does not answer: check its address and the device&apos;s connection, then try again.</translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué par votre unité : contactez votre commandant d&apos;unité.</source>
        <translation>This device was revoked by your unit: contact your unit commander.</translation>
    </message>
    <message>
        <source>Cet appareil contient les données d&apos;une autre unité : connectez-vous avec un compte de cette unité, ou faites d&apos;abord effacer l&apos;appareil.</source>
        <translation>This device holds another unit&apos;s data: sign in with an account of that unit, or have the device erased first.</translation>
    </message>
    <message>
        <source>Ce compte a été désactivé par le commandement de l&apos;unité. Vos saisies restent sur l&apos;appareil : contactez votre commandant d&apos;unité.</source>
        <translation>This account was disabled by the unit&apos;s command. Your entries stay on the device: contact your unit commander.</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Couche GeoJSON (*.geojson)</source>
        <translation>GeoJSON layer (*.geojson)</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;export</source>
        <translation>Save the export</translation>
    </message>
    <message>
        <source>Visites en tableur (CSV)</source>
        <translation>Visits as a spreadsheet (CSV)</translation>
    </message>
    <message>
        <source>Visites sur carte (GeoJSON)</source>
        <translation>Visits as a map layer (GeoJSON)</translation>
    </message>
    <message>
        <source>Contacts sur carte (GeoJSON)</source>
        <translation>Contacts as a map layer (GeoJSON)</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Les exports reprennent la période, le gendarme, le sujet et le suivi choisis (les contacts : la commune et la catégorie). Chaque export est tracé dans le journal de l&apos;unité.</source>
        <translation>Exports use the chosen period, gendarme, topic and follow-up (contacts: the municipality and the category). Every export is recorded in the unit&apos;s journal.</translation>
    </message>
</context>
<context>
    <name>FollowUpBoardPage</name>
    <message>
        <source>Suivis de l&apos;unité</source>
        <translation>Unit&apos;s follow-ups</translation>
    </message>
    <message>
        <source>Clore le suivi</source>
        <translation>Close the follow-up</translation>
    </message>
    <message>
        <source>Clore ce suivi ?</source>
        <translation>Close this follow-up?</translation>
    </message>
    <message>
        <source>« %1 » passera en suivi clos, pour vous et pour les patrouilles.</source>
        <translation>“%1” will be closed, for you and for the patrols.</translation>
    </message>
    <message>
        <source>Un échange marqué « suivi nécessaire » apparaît ici jusqu&apos;à sa clôture.</source>
        <translation>A conversation marked “follow-up needed” shows here until it is closed.</translation>
    </message>
    <message>
        <source>Aucun suivi ouvert</source>
        <translation>No open follow-ups</translation>
    </message>
    <message>
        <source>Aucun suivi clos</source>
        <translation>No closed follow-ups</translation>
    </message>
    <message>
        <source>Suivis à afficher</source>
        <translation>Follow-ups to show</translation>
    </message>
    <message>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Clos</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Attribués à</source>
        <translation>Assigned to</translation>
    </message>
</context>
<context>
    <name>FollowUpCard</name>
    <message>
        <source>Attribué à</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Clore</source>
        <translation>Close</translation>
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
    <name>FreshnessLegend</name>
    <message>
        <source>Légende des couleurs</source>
        <translation>Colour key</translation>
    </message>
    <message>
        <source>vu il y a moins de 30 jours</source>
        <translation>seen less than 30 days ago</translation>
    </message>
    <message>
        <source>vu il y a 30 à 90 jours</source>
        <translation>seen 30 to 90 days ago</translation>
    </message>
    <message>
        <source>pas vu depuis plus de 90 jours</source>
        <translation>not seen for over 90 days</translation>
    </message>
    <message>
        <source>jamais visité</source>
        <translation>never visited</translation>
    </message>
</context>
<context>
    <name>FreshnessRow</name>
    <message>
        <source>Référent : %1</source>
        <translation>Referent: %1</translation>
    </message>
    <message>
        <source>Pas de référent désigné</source>
        <translation>No referent assigned</translation>
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
    <message>
        <source>Commandement : tableau de bord</source>
        <translation>Command: dashboard</translation>
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
    <name>PeriodChooser</name>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Du (jj/mm/aaaa)</source>
        <translation>From (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Du jj/mm/aaaa</source>
        <translation>From dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Au (jj/mm/aaaa)</source>
        <translation>To (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Au jj/mm/aaaa</source>
        <translation>To dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>PinChangePage</name>
    <message>
        <source>Code PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Code PIN modifié</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <source>Le code PIN chiffre les données de l&apos;unité sur cet appareil. Le nouveau code doit compter %1 chiffres au moins.</source>
        <translation>The PIN encrypts the unit&apos;s data on this device. The new PIN must have at least %1 digits.</translation>
    </message>
    <message>
        <source>Code PIN actuel</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <source>Nouveau code PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Confirmez le nouveau code PIN</source>
        <translation>Confirm the new PIN</translation>
    </message>
    <message>
        <source>Chiffrement en cours…</source>
        <translation>Encrypting…</translation>
    </message>
    <message>
        <source>Changer le code PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Chiffrement en cours</source>
        <translation>Encrypting</translation>
    </message>
    <message>
        <source>Si l&apos;application s&apos;arrête pendant le changement, l&apos;ancien ou le nouveau code ouvre les données : rien n&apos;est perdu.</source>
        <translation>If the app stops during the change, either the old or the new PIN opens the data: nothing is lost.</translation>
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
    <name>RejectedRow</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>J&apos;ai compris : %1</source>
        <translation>Understood: %1</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Understood</translation>
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
    <name>SignInPage</name>
    <message>
        <source>Connexion</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Connecté : synchronisation en cours</source>
        <translation>Signed in: syncing</translation>
    </message>
    <message>
        <source>Reconnectez-vous pour reprendre la synchronisation. Vos saisies restent sur l&apos;appareil en attendant.</source>
        <translation>Sign in again to resume syncing. Your entries stay on the device meanwhile.</translation>
    </message>
    <message>
        <source>Connectez-vous une fois au serveur de votre unité pour inscrire cet appareil. Ensuite, Ronde fonctionne aussi sans réseau.</source>
        <translation>Sign in once to your unit&apos;s server to enrol this device. Afterwards Ronde also works without a network.</translation>
    </message>
    <message>
        <source>Adresse du serveur de l&apos;unité</source>
        <translation>Unit&apos;s server address</translation>
    </message>
    <message>
        <source>https://ronde.exemple.fr</source>
        <translation>https://ronde.example.org</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Nom de cet appareil (vu par votre commandant d&apos;unité)</source>
        <translation>Name of this device (seen by your unit commander)</translation>
    </message>
    <message>
        <source>Tablette patrouille 2</source>
        <translation>Patrol tablet 2</translation>
    </message>
    <message>
        <source>Connexion…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Connexion en cours</source>
        <translation>Signing in</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Se déconnecter ?</source>
        <translation>Sign out?</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>%1 saisie(s) ne sont pas encore envoyées. Elles restent sur cet appareil et partiront à votre prochaine connexion avec ce compte.</source>
        <translation>%1 entries have not been sent yet. They stay on this device and will be sent the next time you sign in with this account.</translation>
    </message>
</context>
<context>
    <name>SupervisorNav</name>
    <message>
        <source>Écrans du commandement</source>
        <translation>Command screens</translation>
    </message>
    <message>
        <source>Visites et exports</source>
        <translation>Visits and exports</translation>
    </message>
    <message>
        <source>Contacts à entretenir</source>
        <translation>Contacts to maintain</translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Équipe et appareils</source>
        <translation>Team and devices</translation>
    </message>
</context>
<context>
    <name>SupervisorText</name>
    <message>
        <source>Patrouille</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Commandement</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Administrateur</source>
        <translation>Administrator</translation>
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
    <message>
        <source>Connexion requise</source>
        <translation>Sign-in needed</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Synchroniser</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>%1 à revoir</source>
        <translation>%1 to review</translation>
    </message>
    <message>
        <source>Refusés par le serveur</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>Ces saisies n&apos;ont pas été acceptées : l&apos;appareil montre la version du serveur. Corrigez-les si besoin, puis touchez « J&apos;ai compris ».</source>
        <translation>These entries were not accepted: the device shows the server&apos;s version. Correct them if needed, then tap &quot;Understood&quot;.</translation>
    </message>
    <message>
        <source>Aucune saisie refusée.</source>
        <translation>No entry refused.</translation>
    </message>
    <message>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>Synchronisation en cours</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>%1 saisie(s) en attente d&apos;envoi</source>
        <translation>%1 entries waiting to be sent</translation>
    </message>
    <message>
        <source>Toutes les saisies sont envoyées</source>
        <translation>All entries are sent</translation>
    </message>
    <message>
        <source>Connecté en tant que %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Non connecté : les saisies restent sur l&apos;appareil.</source>
        <translation>Not signed in: entries stay on the device.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Équipe et appareils</source>
        <translation>Team and devices</translation>
    </message>
    <message>
        <source>Révoquer</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Révoquer cet appareil ?</source>
        <translation>Revoke this device?</translation>
    </message>
    <message>
        <source>Aucun appareil inscrit</source>
        <translation>No enrolled devices</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Un appareil perdu ou volé se révoque ici : il ne peut plus se synchroniser et efface ses données à sa prochaine connexion.</source>
        <translation>Revoke a lost or stolen device here: it can no longer sync and erases its data at its next connection.</translation>
    </message>
    <message>
        <source>« %1 » (%2) ne pourra plus se synchroniser et effacera ses données locales à sa prochaine connexion. Ses saisies non envoyées seront perdues.</source>
        <translation>“%1” (%2) will no longer sync and will erase its local data at its next connection. Entries it has not sent will be lost.</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Équipe (%1)</source>
        <translation>Team (%1)</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Appareils (%1)</source>
        <translation>Devices (%1)</translation>
    </message>
    <message>
        <source>Appareils</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Désactiver</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Réactiver</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>%1 ne pourra plus se connecter. Ses appareils sont déconnectés à l&apos;instant, sans effacer leurs données ; ses visites restent à son nom. Faites d&apos;abord synchroniser ses tablettes : ce qu&apos;elles n&apos;ont pas envoyé ne pourra l&apos;être qu&apos;après une réactivation du compte.</source>
        <translation>%1 will no longer be able to sign in. Their devices are signed out at once, without erasing their data; their visits stay under their name. Have their tablets synchronised first: what they have not sent can only be sent once the account is enabled again.</translation>
    </message>
    <message>
        <source>%1 pourra de nouveau se connecter avec son mot de passe actuel.</source>
        <translation>%1 will be able to sign in again with their current password.</translation>
    </message>
    <message>
        <source>Désactiver ce compte ?</source>
        <translation>Disable this account?</translation>
    </message>
    <message>
        <source>Réactiver ce compte ?</source>
        <translation>Enable this account again?</translation>
    </message>
    <message>
        <source>Compte de %1 désactivé.</source>
        <translation>Account of %1 disabled.</translation>
    </message>
    <message>
        <source>Compte de %1 réactivé.</source>
        <translation>Account of %1 enabled again.</translation>
    </message>
    <message>
        <source>Les comptes de l&apos;unité (%1). Un mot de passe oublié se remplace ici ; le compte d&apos;un gendarme qui quitte l&apos;unité se désactive.</source>
        <translation>The unit&apos;s accounts (%1). A forgotten password is replaced here; the account of a gendarme leaving the unit is disabled here.</translation>
    </message>
    <message>
        <source>Les comptes de l&apos;unité. Un mot de passe oublié se remplace ici ; le compte d&apos;un gendarme qui quitte l&apos;unité se désactive.</source>
        <translation>The unit&apos;s accounts. A forgotten password is replaced here; the account of a gendarme leaving the unit is disabled here.</translation>
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
    <name>UserRow</name>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Réactiver</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Désactiver</source>
        <translation>Disable</translation>
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
    <name>VisitFilters</name>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Catégorie de contact</source>
        <translation>Contact category</translation>
    </message>
    <message>
        <source>Sujet</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Action menée</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Gendarme</source>
        <translation>Gendarme</translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Rechercher dans les notes, lieux et suivis</source>
        <translation>Search notes, places and follow-ups</translation>
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
    <name>VisitsPage</name>
    <message>
        <source>Visites de l&apos;unité</source>
        <translation>Unit&apos;s visits</translation>
    </message>
    <message>
        <source>Élargissez la période ou retirez un filtre.</source>
        <translation>Widen the period or remove a filter.</translation>
    </message>
    <message>
        <source>Aucune visite ne correspond</source>
        <translation>No matching visits</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Filtres (%1)</source>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <source>Filtres</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>%1 premières visites, %2</source>
        <translation>First %1 visits, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visite(s), %1</source>
        <translation>
            <numerusform>%n visit, %1</numerusform>
            <numerusform>%n visits, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filtre(s)</source>
        <translation>
            <numerusform>%n filter</numerusform>
            <numerusform>%n filters</numerusform>
        </translation>
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
    <message>
        <source>%1 · sans échéance</source>
        <translation>%1 · no due date</translation>
    </message>
    <message>
        <source>%1 · en retard (%2)</source>
        <translation>%1 · overdue (%2)</translation>
    </message>
    <message>
        <source>%1 · pour %2</source>
        <translation>%1 · due %2</translation>
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
    <name>ronde::app::PinChangeController</name>
    <message>
        <source>Saisissez votre code PIN actuel.</source>
        <translation>Enter your current PIN.</translation>
    </message>
    <message>
        <source>Le code PIN doit compter au moins %1 chiffres.</source>
        <translation>The PIN must have at least %1 digits.</translation>
    </message>
    <message>
        <source>Le nouveau code PIN doit être différent de l&apos;actuel.</source>
        <translation>The new PIN must differ from the current one.</translation>
    </message>
    <message>
        <source>Les deux codes PIN ne sont pas identiques.</source>
        <translation>The two PINs do not match.</translation>
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
    <name>ronde::app::RejectedRecordsModel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact supprimé</source>
        <translation>Deleted contact</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Visite supprimée</source>
        <translation>Deleted visit</translation>
    </message>
    <message>
        <source>Patrouille</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Patrouille commencée %1</source>
        <translation>Patrol started %1</translation>
    </message>
    <message>
        <source>Patrouille supprimée</source>
        <translation>Deleted patrol</translation>
    </message>
    <message>
        <source>Refusé %1</source>
        <translation>Refused %1</translation>
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
    <name>ronde::app::SupervisorClient</name>
    <message>
        <source>Toutes les communes</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Tous les gendarmes</source>
        <translation>All gendarmes</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Le serveur de l&apos;unité ne répond pas : vérifiez la connexion de l&apos;appareil, puis réessayez.</source>
        <translation>The unit&apos;s server does not answer: check the device&apos;s connection, then try again.</translation>
    </message>
    <message>
        <source>Connectez-vous au serveur de l&apos;unité pour consulter ses données.</source>
        <translation>Sign in to the unit&apos;s server to see its data.</translation>
    </message>
    <message>
        <source>Votre session a expiré : reconnectez-vous pour consulter les données de l&apos;unité.</source>
        <translation>Your session has expired: sign in again to see the unit&apos;s data.</translation>
    </message>
    <message>
        <source>Votre compte n&apos;a pas accès à cet écran : il est réservé au commandement de l&apos;unité.</source>
        <translation>Your account cannot open this screen: it is for the unit&apos;s command.</translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus sur le serveur : actualisez la liste.</source>
        <translation>This record no longer exists on the server: refresh the list.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : choisissez un autre dossier, puis réessayez.</source>
        <translation>The file could not be written: choose another folder, then try again.</translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Quelqu&apos;un l&apos;a modifié entre-temps : actualisez la liste, puis réessayez.</source>
        <translation>Someone changed it meanwhile: refresh the list, then try again.</translation>
    </message>
    <message>
        <source>Le serveur est occupé : réessayez dans une minute.</source>
        <translation>The server is busy: try again in a minute.</translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorConflictsModel</name>
    <message>
        <source>Fiche entière</source>
        <translation>Whole record</translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Visite</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Patrouille</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Modifié après suppression</source>
        <translation>Edited after deletion</translation>
    </message>
    <message>
        <source>Modifications simultanées</source>
        <translation>Simultaneous edits</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Référent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Contact supprimé depuis</source>
        <translation>Contact deleted since</translation>
    </message>
    <message>
        <source>Visite supprimée depuis</source>
        <translation>Visit deleted since</translation>
    </message>
    <message>
        <source>Patrouille supprimée depuis</source>
        <translation>Patrol deleted since</translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorContactsModel</name>
    <message>
        <source>Pas vus depuis 30 jours</source>
        <translation>Not seen for 30 days</translation>
    </message>
    <message>
        <source>Pas vus depuis 90 jours</source>
        <translation>Not seen for 90 days</translation>
    </message>
    <message>
        <source>Pas vus depuis 6 mois</source>
        <translation>Not seen for 6 months</translation>
    </message>
    <message>
        <source>Tous les contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>Vu il y a moins de 30 jours</source>
        <translation>Seen less than 30 days ago</translation>
    </message>
    <message>
        <source>Vu il y a 30 à 90 jours</source>
        <translation>Seen 30 to 90 days ago</translation>
    </message>
    <message>
        <source>Pas vu depuis plus de 90 jours</source>
        <translation>Not seen for over 90 days</translation>
    </message>
    <message>
        <source>Jamais visité</source>
        <translation>Never visited</translation>
    </message>
    <message>
        <source>Dernière visite : %1</source>
        <translation>Last visit: %1</translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorDevicesModel</name>
    <message>
        <source>Compte inconnu</source>
        <translation>Unknown account</translation>
    </message>
    <message>
        <source>Jamais synchronisé</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Dernier contact : %1</source>
        <translation>Last contact: %1</translation>
    </message>
    <message>
        <source>Inscrit %1</source>
        <translation>Enrolled %1</translation>
    </message>
    <message>
        <source>Révoqué %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session ouverte</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Session fermée</source>
        <translation>Signed out</translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorExport</name>
    <message>
        <source>%1 reçus</source>
        <translation>%1 received</translation>
    </message>
    <message>
        <source>Export enregistré : %1</source>
        <translation>Export saved: %1</translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorFollowUpsModel</name>
    <message>
        <source>Clos le %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <source>Clos le %1 par %2</source>
        <translation>Closed on %1 by %2</translation>
    </message>
    <message>
        <source>échéance %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>signalé %1</source>
        <translation>raised %1</translation>
    </message>
    <message>
        <source>signalé %1 par %2</source>
        <translation>raised %1 by %2</translation>
    </message>
    <message>
        <source>En retard : %1</source>
        <translation>Overdue: %1</translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorStats</name>
    <message>
        <source>S%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <source>Habitant anonyme</source>
        <translation>Anonymous resident</translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorUsersModel</name>
    <message>
        <source>Jamais connecté</source>
        <translation>Never signed in</translation>
    </message>
    <message>
        <source>Dernier contact : %1</source>
        <translation>Last contact: %1</translation>
    </message>
    <message>
        <source>Aucun appareil</source>
        <translation>No device</translation>
    </message>
    <message numerus="yes">
        <source>%n appareil(s) connecté(s)</source>
        <translation>
            <numerusform>%n device signed in</numerusform>
            <numerusform>%n devices signed in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appareil(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n connecté(s)</source>
        <translation>
            <numerusform>, %n signed in</numerusform>
            <numerusform>, %n signed in</numerusform>
        </translation>
    </message>
    <message>
        <source>, aucun connecté</source>
        <translation>, none signed in</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Le mot de passe doit compter au moins %1 caractères.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Le mot de passe est trop long.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Indiquez le grade, le prénom et le nom (ex. Gendarme Léa Tanguy).</source>
        <translation>Enter the rank, first name and surname (e.g. Gendarme Léa Tanguy).</translation>
    </message>
    <message>
        <source>Le nom est trop long : %1 caractères au plus.</source>
        <translation>The name is too long: %1 characters at most.</translation>
    </message>
    <message>
        <source>L&apos;identifiant compte 1 à 64 lettres sans accent, chiffres, « . », « _ », « - » ou « @ » (ex. l.tanguy).</source>
        <translation>A username has 1 to 64 unaccented letters, digits, “.”, “_”, “-” or “@” (e.g. l.tanguy).</translation>
    </message>
    <message>
        <source>Choisissez le rôle du compte.</source>
        <translation>Choose the account&apos;s role.</translation>
    </message>
    <message>
        <source>Cet identifiant est déjà pris : choisissez-en un autre.</source>
        <translation>This username is taken: choose another one.</translation>
    </message>
    <message>
        <source>Le serveur refuse cet identifiant : lettres sans accent, chiffres, « . », « _ », « - » ou « @ ».</source>
        <translation>The server refuses this username: unaccented letters, digits, “.”, “_”, “-” or “@”.</translation>
    </message>
    <message>
        <source>Le serveur refuse ce nom.</source>
        <translation>The server refuses this name.</translation>
    </message>
    <message>
        <source>Le serveur refuse ce mot de passe : au moins %1 caractères.</source>
        <translation>The server refuses this password: at least %1 characters.</translation>
    </message>
    <message>
        <source>Compte désactivé %1 · %2</source>
        <translation>Account disabled %1 · %2</translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorVisitFilter</name>
    <message>
        <source>Du %1 au %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Depuis le %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>Jusqu&apos;au %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>Toute la période</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Tous les sujets</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Avec ou sans suivi</source>
        <translation>With or without follow-up</translation>
    </message>
    <message>
        <source>Suivi en cours</source>
        <translation>Follow-up open</translation>
    </message>
    <message>
        <source>Suivi clos</source>
        <translation>Follow-up closed</translation>
    </message>
    <message>
        <source>Sans suivi</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>4 semaines</source>
        <translation>4 weeks</translation>
    </message>
    <message>
        <source>3 mois</source>
        <translation>3 months</translation>
    </message>
    <message>
        <source>6 mois</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>Dates choisies</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>Saisissez deux dates au format jj/mm/aaaa (ex. 01/09/2026).</source>
        <translation>Enter two dates as dd/mm/yyyy (e.g. 01/09/2026).</translation>
    </message>
    <message>
        <source>La date de début doit précéder la date de fin.</source>
        <translation>The start date must come before the end date.</translation>
    </message>
    <message>
        <source>Choisissez une période de dix ans au plus.</source>
        <translation>Choose a period of ten years at most.</translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorVisitsModel</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>échange tendu</source>
        <translation>tense exchange</translation>
    </message>
    <message>
        <source>Suivi en cours : %1</source>
        <translation>Follow-up open: %1</translation>
    </message>
    <message>
        <source>Suivi clos : %1</source>
        <translation>Follow-up closed: %1</translation>
    </message>
</context>
<context>
    <name>ronde::app::SyncController</name>
    <message>
        <source>Synchronisation terminée : %1 envoyé(s), %2 reçu(s), %3 refusé(s) par le serveur.</source>
        <translation>Sync done: %1 sent, %2 received, %3 refused by the server.</translation>
    </message>
    <message>
        <source>Synchronisation terminée : %1 envoyé(s), %2 reçu(s).</source>
        <translation>Sync done: %1 sent, %2 received.</translation>
    </message>
    <message>
        <source>Le serveur ne répond pas correctement pour le moment : vos saisies restent sur l&apos;appareil, nouvel essai automatique dans quelques minutes.</source>
        <translation>The server is not answering properly right now: your entries stay on the device; it will try again by itself in a few minutes.</translation>
    </message>
    <message>
        <source>Votre session a expiré : reconnectez-vous pour synchroniser. Vos saisies restent sur l&apos;appareil.</source>
        <translation>Your session has expired: sign in again to sync. Your entries stay on the device.</translation>
    </message>
    <message>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Vous êtes déconnecté de cet appareil. Le serveur n&apos;a pas pu être prévenu : votre accès y expirera de lui-même.</source>
        <translation>You are signed out of this device. The server could not be told: your access there will expire by itself.</translation>
    </message>
    <message>
        <source>Vous êtes déconnecté. Les données restent sur l&apos;appareil, protégées par votre code PIN.</source>
        <translation>You are signed out. The data stays on the device, protected by your PIN.</translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué par votre unité : ses données locales ont été effacées. Choisissez un nouveau code PIN, puis reconnectez-vous.</source>
        <translation>This device was revoked by your unit: its local data has been erased. Choose a new PIN, then sign in again.</translation>
    </message>
    <message>
        <source>Connexion au serveur…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Envoi des saisies : %1 sur %2</source>
        <translation>Sending entries: %1 of %2</translation>
    </message>
    <message>
        <source>Envoi des saisies…</source>
        <translation>Sending entries…</translation>
    </message>
    <message>
        <source>Réception des données de l&apos;unité : %1 sur %2</source>
        <translation>Receiving the unit&apos;s data: %1 of %2</translation>
    </message>
    <message>
        <source>Réception des données de l&apos;unité…</source>
        <translation>Receiving the unit&apos;s data…</translation>
    </message>
    <message>
        <source>Déconnexion…</source>
        <translation>Signing out…</translation>
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
