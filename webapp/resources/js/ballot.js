/* The ballot: for a category where any projects fitting its budget may be chosen, shows the running sum and warns
   when it is over; for "up to K" categories, says how many are chosen. The server checks the same rules, so the page
   works without this script. */
(function () {
    function grouped(value) {
        return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') + '\u00a0грн';
    }
    function watch(category) {
        var boxes = Array.prototype.slice.call(category.querySelectorAll('input[type=checkbox]'));
        var sumLine = category.querySelector('.running-sum');
        var sum = category.querySelector('.sum');
        var knapsack = category.dataset.knapsack === 'true';
        var limit = parseInt(knapsack ? category.dataset.budget : category.dataset.max, 10);
        function update() {
            var chosen = boxes.filter(function (box) { return box.checked; });
            var total = knapsack ? chosen.reduce(function (s, box) { return s + parseInt(box.dataset.cost, 10); }, 0)
                : chosen.length;
            sum.textContent = knapsack ? grouped(total) + ' / ' + grouped(limit) : total + ' / ' + limit;
            sumLine.hidden = false;
            sumLine.classList.toggle('over', total > limit);
            boxes.forEach(function (box) { box.closest('.card').classList.toggle('chosen', box.checked); });
        }
        boxes.forEach(function (box) { box.addEventListener('change', update); });
        update();
    }
    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('.ballot-category'), watch);
    });
})();
