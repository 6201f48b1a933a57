/* Shows a long form one step (fieldset.step) at a time, with numbered step buttons and Back/Next. Without this script every
   step is shown at once. Opens at the first step holding an error message, so nothing refused stays hidden; after a save it
   reopens at the step the form was sent from, while a form opened afresh starts at the first step. */
(function () {
    function init(form) {
        var steps = Array.prototype.slice.call(form.querySelectorAll('fieldset.step'));
        if (steps.length < 2) { return; }
        form.classList.add('js-steps');
        var nav = form.querySelector('.steps');
        var buttons = steps.map(function (step, index) {
            var item = document.createElement('li');
            var button = document.createElement('button');
            button.type = 'button';
            button.id = 'step-' + (index + 1);
            button.textContent = (index + 1) + '. ' + step.querySelector('legend').textContent;
            button.addEventListener('click', function () { show(index); });
            item.appendChild(button);
            nav.appendChild(item);
            return button;
        });
        function show(index) {
            steps.forEach(function (step, i) { step.hidden = i !== index; });
            buttons.forEach(function (button, i) {
                if (i === index) { button.setAttribute('aria-current', 'step'); } else { button.removeAttribute('aria-current'); }
            });
            form.dataset.step = index;
        }
        steps.forEach(function (step, index) {
            var bar = document.createElement('div');
            bar.className = 'step-nav';
            if (index > 0) { bar.appendChild(navButton('back', form.dataset.back, index - 1)); }
            if (index < steps.length - 1) { bar.appendChild(navButton('next', form.dataset.next, index + 1)); }
            step.appendChild(bar);
        });
        function navButton(kind, label, target) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'step-' + kind;
            button.textContent = label;
            button.addEventListener('click', function () { show(target); window.scrollTo(0, form.offsetTop); });
            return button;
        }
        var withError = steps.findIndex(function (step) { return step.querySelector('.ui-message-error, [aria-invalid="true"]'); });
        var remembered = parseInt(sessionStorage.getItem('uchast-step-resume') || '0', 10);
        sessionStorage.removeItem('uchast-step-resume');
        show(withError >= 0 ? withError : Math.min(remembered, steps.length - 1));
        form.addEventListener('submit', function () { sessionStorage.setItem('uchast-step-resume', form.dataset.step); });
    }
    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('form.stepped'), init);
    });
})();
