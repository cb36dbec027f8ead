// A little enhancement; the page works without it. On the results: the severity counts filter the findings, and
// the language buttons keep the place on the page. On the form: the chosen file's name in the button.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    var counts = document.querySelectorAll('.counts .count');
    counts.forEach(function (count) {
      count.setAttribute('role', 'button');
      count.setAttribute('tabindex', '0');
      var toggle = function () {
        var severity = count.getAttribute('data-severity');
        var off = count.classList.toggle('off');
        count.setAttribute('aria-pressed', String(!off));
        document.querySelectorAll('.finding[data-severity="' + severity + '"]').forEach(function (f) {
          f.classList.toggle('hidden', off);
        });
      };
      count.addEventListener('click', toggle);
      count.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); }
      });
    });
    var file = document.querySelector('input[type=file][name=plan]');
    var submit = document.querySelector('form.upload button[type=submit]');
    if (file && submit) {
      var label = submit.innerHTML;
      file.addEventListener('change', function () {
        submit.innerHTML = label;
        if (file.files.length === 1) {
          submit.appendChild(document.createTextNode(': ' + file.files[0].name));
        }
      });
    }
  });
}());
