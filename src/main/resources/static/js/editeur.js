// Rich-text editor of articles: TinyMCE (WebJar), limited to what the sanitizer keeps:
// paragraphs, bold, italic, bulleted and numbered lists (two levels).
(function () {
	'use strict';
	if (!window.tinymce) { return; }
	tinymce.addI18n('fr_FR', {
		'Bold': 'Gras', 'Italic': 'Italique', 'Undo': 'Annuler', 'Redo': 'Rétablir',
		'Bullet list': 'Liste à puces', 'Numbered list': 'Liste numérotée',
		'Increase indent': 'Augmenter le retrait', 'Decrease indent': 'Diminuer le retrait',
		'Paragraph': 'Paragraphe', 'Rich Text Area': 'Zone de texte enrichi',
		'Rich Text Area. Press ALT-0 for help.': 'Zone de texte enrichi. Appuyez sur ALT-0 pour l\'aide.',
		'Words: {0}': 'Mots : {0}', '{0} words': '{0} mots', 'Clear formatting': 'Effacer la mise en forme'
	});
	tinymce.init({
		selector: 'textarea.texte-riche',
		base_url: document.querySelector('script[src*="tinymce.min.js"]').src.replace(/\/tinymce\.min\.js.*$/, ''),
		suffix: '.min',
		language: 'fr_FR',
		menubar: false,
		statusbar: true,
		branding: false,
		promotion: false,
		plugins: 'lists',
		toolbar: 'undo redo | bold italic | bullist numlist | outdent indent | removeformat',
		valid_elements: 'p,br,strong/b,em/i,ul,ol,li',
		height: 480,
		entity_encoding: 'raw',
		setup: function (editeur) {
			editeur.on('change', function () { editeur.save(); });
		}
	});
})();
