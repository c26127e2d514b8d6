// nunjucks: templates from strings with filters, loops, macros, inheritance via a custom loader.
const nunjucks = require('nunjucks');
const env = new nunjucks.Environment(null, { autoescape: true });
env.addFilter('shout', (s) => s.toUpperCase() + '!');
console.log(env.renderString('{% for u in users %}{{ loop.index }}:{{ u.name | shout }}{% if not loop.last %}, {% endif %}{% endfor %} {{ "<b>" }} {{ 3.14159 | round(2) }}', { users: [{ name: 'a' }, { name: 'b' }] }));
console.log(env.renderString('{% macro f(x, y=2) %}[{{ x * y }}]{% endmacro %}{{ f(3) }}{{ f(3, 3) }} {{ [3,1,2] | sort | join("-") }} {{ "abc" | replace("b", "B") }}', {}));
const loader = { getSource: (name) => ({ src: { base: '<{% block b %}base{% endblock %}>', child: '{% extends "base" %}{% block b %}child {{ super() }}{% endblock %}' }[name], path: name, noCache: true }) };
console.log(new nunjucks.Environment(loader).render('child', {}));
