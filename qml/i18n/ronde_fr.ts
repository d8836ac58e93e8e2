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
    <name>ChosenContactCard</name>
    <message>
        <source>Changer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Même chose que la dernière fois : sujets, actions et climat repris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Même chose que la dernière fois</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactChooser</name>
    <message>
        <source>Rechercher dans le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher : nom, commerce, adresse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact ne correspond : créez une fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Nouvelle fiche de contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitant anonyme (sans fiche)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Noter un échange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique des échanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun échange enregistré avec ce contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPickerPage</name>
    <message>
        <source>Registre des contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher dans le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom, commerce, adresse, commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le registre se remplit à la synchronisation et quand vous créez une fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiez l&apos;orthographe, ou créez la fiche depuis « Nouveau contact ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact ne correspond</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <source>Avec qui ?</source>
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
    <name>ErrorText</name>
    <message>
        <source>le nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le résumé du suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;échéance du suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;évènement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les sujets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez au moins l&apos;organisme ou le nom de la personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décrivez en une phrase le suivi à faire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un champ obligatoire est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renseignez %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le suivi est incomplet : vérifiez le résumé et l&apos;échéance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte est trop long : 4 000 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue : 400 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un texte est trop long : 200 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ « %1 » est trop long : 200 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro de téléphone n&apos;est pas un numéro français (ex. 06 12 34 56 78).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail n&apos;est pas valable (ex. nom@exemple.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le SIRET doit compter 14 chiffres valides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une valeur saisie contient des caractères non permis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ « %1 » contient des caractères non permis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une même valeur est choisie deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La position est hors limites : corrigez-la ou saisissez-la à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la patrouille précède son début : vérifiez l&apos;heure de l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une date ou une valeur est hors limites : vérifiez l&apos;heure de l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;éléments dans la liste (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une donnée de l&apos;application est incohérente : réessayez, et signalez-le si cela se reproduit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil n&apos;est pas encore inscrit : connectez-vous une fois au serveur de l&apos;unité pour pouvoir enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus sur l&apos;appareil (supprimée ou pas encore reçue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;application est verrouillée : saisissez votre code PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les données locales sont illisibles. Il faudra réinitialiser l&apos;appareil et synchroniser à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le chiffrement des données locales n&apos;est pas disponible sur cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les données locales viennent d&apos;une version plus récente de Ronde : mettez l&apos;application à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;appareil n&apos;a pas pu écrire ses données (mémoire pleine ?). Libérez de la place et réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les données locales appartiennent à un autre appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de réseau : vos saisies restent sur l&apos;appareil et partiront à la prochaine connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur a refusé cet appareil : reconnectez-vous ou contactez votre commandant d&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur utilise une autre version de Ronde : mettez l&apos;application à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une erreur inattendue est survenue. Réessayez ; si elle persiste, signalez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion non chiffrée refusée : utilisez une adresse https://, ou autorisez le HTTP non chiffré dans les réglages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpItem</name>
    <message>
        <source>En retard : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Suivi nécessaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi à faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Repasser un soir pour les bruits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance du suivi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Suivis ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis à afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les miens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non attribués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un échange marqué « suivi nécessaire » reste ici jusqu&apos;à sa clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun suivi ouvert</source>
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
    <name>HomeShortcuts</name>
    <message>
        <source>Registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContactForm</name>
    <message>
        <source>Nouvelle fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisme (commerce, mairie, entreprise…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne rencontrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Mme Lefèvre, gérante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche est placée à votre position actuelle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSection</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de données sensibles : santé, origine, opinions, religion, vie privée, infractions reprochées à une personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui a été dit, en quelques mots</source>
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
    <name>PatrolStartPage</name>
    <message>
        <source>Commencer une patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrouille commencée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode de patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Centre commercial Grand Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évènement (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Marché du samedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolSummaryPage</name>
    <message>
        <source>Patrouille terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer la patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts notés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sujets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choix du code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez votre code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde est verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il chiffre les données de l&apos;unité sur cet appareil : %1 chiffres au moins. Sans lui, elles sont illisibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez votre code PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmez le code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionLine</name>
    <message>
        <source>Position : %1. Corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corriger</source>
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
    <name>TodaysVisitsPage</name>
    <message>
        <source>Échanges du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les échanges notés aujourd&apos;hui apparaîtront ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun échange aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitCapturePage</name>
    <message>
        <source>Noter un échange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échange enregistré sur l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sujets abordés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions menées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climat de l&apos;échange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>Habitant anonyme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact entretenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En attente d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusé par le serveur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>Touchez un contact à proximité pour noter un échange, ou « Nouveau contact ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact sélectionné</source>
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
    <name>ronde::app::ContactHistoryModel</name>
    <message>
        <source>Suivi clos : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi ouvert : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::FollowUpsModel</name>
    <message>
        <source>sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::NearbyContactsModel</name>
    <message>
        <source>vu %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::PatrolController</name>
    <message>
        <source>depuis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une patrouille est déjà en cours : terminez-la d&apos;abord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune patrouille en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
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
    <name>ronde::app::StoreSession</name>
    <message>
        <source>Un code PIN existe déjà sur cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code PIN doit compter au moins %1 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux codes PIN ne sont pas identiques.</source>
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
<context>
    <name>ronde::app::VisitCaptureController</name>
    <message>
        <source>Sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 semaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans position : le contact sera enregistré sans lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS, précision ± %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière visite %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitant anonyme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune fiche n&apos;est créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un contact, créez-en un, ou choisissez « Habitant anonyme ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::format</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aujourd&apos;hui à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
