// Atelier CTG — small progressive enhancements, no framework.
(function () {
	'use strict';

	// Forms asking for confirmation before a destructive action.
	document.querySelectorAll('form.confirmer').forEach(function (form) {
		form.addEventListener('submit', function (evenement) {
			if (!window.confirm(form.dataset.message || 'Confirmer ?')) {
				evenement.preventDefault();
			}
		});
	});

	// Search-as-you-type in the national referential (communes, EPCI).
	document.querySelectorAll('.recherche-referentiel').forEach(function (bloc) {
		var saisie = bloc.querySelector('#recherche');
		var liste = bloc.querySelector('.suggestions');
		var choix = bloc.querySelector('.choix');
		var champ = function (nom) { return bloc.querySelector('[data-champ="' + nom + '"]'); };
		var minuteur = null;
		var requeteCourante = 0;

		function fermer() {
			liste.hidden = true;
			saisie.setAttribute('aria-expanded', 'false');
		}

		function choisir(s) {
			champ('code').value = (bloc.dataset.type === 'commune') ? (s.code || '') : '';
			champ('siren').value = s.siren || '';
			champ('nom').value = s.nom;
			saisie.value = s.nom;
			choix.textContent = s.nom + (s.detail ? ' (' + s.detail + ')' : '');
			fermer();
		}

		function afficher(suggestions) {
			liste.innerHTML = '';
			suggestions.forEach(function (s, index) {
				var item = document.createElement('li');
				item.className = 'list-group-item list-group-item-action';
				item.setAttribute('role', 'option');
				item.id = 'suggestion-' + index;
				item.tabIndex = -1;
				var nom = document.createElement('strong');
				nom.textContent = s.nom;
				var detail = document.createElement('span');
				detail.className = 'small text-body-secondary ms-2';
				detail.textContent = s.detail || '';
				item.appendChild(nom);
				item.appendChild(detail);
				item.addEventListener('mousedown', function (e) { e.preventDefault(); choisir(s); });
				item.addEventListener('keydown', function (e) {
					if (e.key === 'Enter') { e.preventDefault(); choisir(s); saisie.focus(); }
					if (e.key === 'ArrowDown' && item.nextSibling) { item.nextSibling.focus(); }
					if (e.key === 'ArrowUp') { (item.previousSibling || saisie).focus(); }
					if (e.key === 'Escape') { fermer(); saisie.focus(); }
				});
				liste.appendChild(item);
			});
			if (suggestions.length === 0) {
				var vide = document.createElement('li');
				vide.className = 'list-group-item text-body-secondary';
				vide.textContent = 'Aucun résultat dans le référentiel.';
				liste.appendChild(vide);
			}
			liste.hidden = false;
			saisie.setAttribute('aria-expanded', 'true');
		}

		saisie.addEventListener('input', function () {
			champ('code').value = '';
			champ('siren').value = '';
			choix.textContent = '';
			clearTimeout(minuteur);
			var q = saisie.value.trim();
			if (q.length < 2) { fermer(); return; }
			minuteur = setTimeout(function () {
				var numero = ++requeteCourante;
				fetch(bloc.dataset.url + '?type=' + encodeURIComponent(bloc.dataset.type) + '&q=' + encodeURIComponent(q),
					{ headers: { 'Accept': 'application/json' } })
					.then(function (r) { return r.ok ? r.json() : []; })
					.then(function (suggestions) { if (numero === requeteCourante) { afficher(suggestions); } })
					.catch(function () { fermer(); });
			}, 150);
		});
		saisie.addEventListener('keydown', function (e) {
			if (e.key === 'ArrowDown' && !liste.hidden && liste.firstChild) { e.preventDefault(); liste.firstChild.focus(); }
			if (e.key === 'Escape') { fermer(); }
		});
		saisie.addEventListener('blur', function () { setTimeout(function () {
			if (!liste.contains(document.activeElement)) { fermer(); }
		}, 100); });
	});
})();
