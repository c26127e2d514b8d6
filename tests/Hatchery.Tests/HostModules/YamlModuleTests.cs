namespace Hatchery.Tests.HostModules;

/// <summary>The yaml module: YAML 1.2 core-schema reading, anchors, multi-document text, writing, and its errors.</summary>
public sealed class YamlModuleTests
{
    private static string Run(string script)
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("const yaml = require('yaml'); const show = (v) => console.log(JSON.stringify(v));\n" + script);
        }
        return output.Out;
    }

    [Fact]
    public void Scalars_follow_the_core_schema()
    {
        var output = Run("""
            show(yaml.parse('a: 1\nb: -0x1F\nc: 0o17\nd: 1.5e3\ne: ~\nf:\ng: True\nh: FALSE\ni: "123"\nj: 2024-01-02\nk: yes\nl: 0x1F\nm: +12'));
            const special = yaml.parse('[.inf, -.Inf, .NaN, 1e400]');
            console.log(special[0], special[1], special[2], special[3]);
            """);
        // -0x1F is not a core-schema integer (a sign is allowed only on decimals), so it stays a string; so does YAML 1.1's yes.
        Assert.Equal("""
            {"a":1,"b":"-0x1F","c":15,"d":1500,"e":null,"f":null,"g":true,"h":false,"i":"123","j":"2024-01-02","k":"yes","l":31,"m":12}
            Infinity -Infinity NaN Infinity

            """, output);
    }

    [Fact]
    public void Quoted_and_block_scalars_are_strings_and_core_tags_apply()
    {
        var output = Run("""
            show(yaml.parse("a: 'true'\nb: \"1\"\nc: |\n  one\n  two\nd: >-\n  folded\n  text\ne: !!str 12\nf: !!float 3\ng: !!int '7'\nh: !custom 5\ni: ! 5"));
            """);
        Assert.Equal("""{"a":"true","b":"1","c":"one\ntwo\n","d":"folded text","e":"12","f":3,"g":7,"h":5,"i":"5"}""" + "\n", output);
    }

    [Fact]
    public void Maps_become_plain_objects_with_string_keys_and_no_prototype_reach()
    {
        var output = Run("""
            const value = yaml.parse('1: one\n~: nothing\ntrue: yes\n__proto__: {polluted: 1}\nnested: {a: [1, {b: 2}]}');
            show(value);
            console.log(Object.getPrototypeOf(value) === Object.prototype, ({}).polluted, Array.isArray(value.nested.a));
            """);
        Assert.Equal("""
            {"1":"one","null":"nothing","true":"yes","__proto__":{"polluted":1},"nested":{"a":[1,{"b":2}]}}
            true undefined true

            """, output);
    }

    [Fact]
    public void Aliases_are_the_anchored_values_and_merge_keys_fill_in()
    {
        var output = Run("""
            const v = yaml.parse('base: &b {x: 1, y: 2}\nsame: *b\nmerged:\n  <<: *b\n  y: 3\nmany:\n  <<: [{p: 1}, {p: 2, q: 2}]\nself: &s [*s]');
            console.log(v.base === v.same, v.self[0] === v.self);
            show(v.merged); show(v.many);
            """);
        Assert.Equal("""
            true true
            {"y":3,"x":1}
            {"p":1,"q":2}

            """, output);
    }

    [Fact]
    public void ParseAll_reads_every_document_and_parse_the_first()
    {
        var output = Run("""
            show(yaml.parseAll('a: 1\n---\n- x\n---\nplain\n...\n'));
            show(yaml.parse('first\n---\nsecond'));
            console.log(yaml.parse(''), JSON.stringify(yaml.parseAll('')), JSON.stringify(yaml.parseAll('# only a comment')));
            """);
        Assert.Equal("""
            [{"a":1},["x"],"plain"]
            "first"
            undefined [] []

            """, output);
    }

    [Theory]
    [InlineData("a: 1\na: 2", "duplicated mapping key 'a' (line 2, column 1)", 2, 1)]
    [InlineData("a: *missing", "unknown alias *missing (line 1, column 4)", 1, 4)]
    [InlineData("a: b: c", "While scanning a plain scalar value, found invalid mapping (line 1, column 5)", 1, 5)]
    [InlineData("x: !!int abc", "cannot read 'abc' as tag:yaml.org,2002:int (line 1, column 4)", 1, 4)]
    [InlineData("? [a]\n: b", "a mapping or sequence as a mapping key is not supported (line 1, column 3)", 1, 3)]
    [InlineData("a: [1, 2\nb: 3", "malformed YAML after this point (line 1, column 6)", 1, 6)]
    public void Bad_yaml_is_a_SyntaxError_with_its_place(string text, string message, int line, int column)
    {
        var output = Run($$"""
            try { yaml.parse({{System.Text.Json.JsonSerializer.Serialize(text)}}); } catch (e) { console.log(e instanceof SyntaxError, e.name, e.message, e.line, e.column); }
            """);
        Assert.Equal($"true SyntaxError {message} {line} {column}\n", output);
    }

    [Fact]
    public void Deep_nesting_and_wrong_arguments_are_JavaScript_errors()
    {
        var output = Run("""
            try { yaml.parse('['.repeat(200000)); } catch (e) { console.log(e.name, e.message, e.column); }
            console.log(yaml.parse('['.repeat(1000) + ']'.repeat(1000)).flat(Infinity).length);
            try { yaml.parse(5); } catch (e) { console.log(e.name, e.code, e.message); }
            try { yaml.parseAll(); } catch (e) { console.log(e.name, e.code, e.message); }
            """);
        Assert.Equal("""
            SyntaxError nesting deeper than 1000 levels (line 1, column 1001) 1001
            0
            TypeError ERR_INVALID_ARG_TYPE The "text" argument must be of type string. Received type number (5)
            TypeError ERR_INVALID_ARG_TYPE The "text" argument must be of type string. Received undefined

            """, output);
    }

    [Fact]
    public void Stringify_writes_block_yaml_that_reads_back()
    {
        var output = Run("""
            const value = { name: 'hatchery', tags: ['a', 'true', '', '12', null], n: 1.5, flags: { on: true, none: {}, list: [] },
              text: 'line one\nline two', when: new Date(0), skipped: undefined, fn() {}, nested: [[1, 2], { k: 'v' }] };
            const text = yaml.stringify(value);
            process.stdout.write(text);
            console.log(JSON.stringify(yaml.parse(text)) === JSON.stringify(value));
            """);
        Assert.Equal("""
            name: hatchery
            tags:
            - a
            - 'true'
            - ''
            - '12'
            - null
            n: 1.5
            flags:
              on: true
              none: {}
              list: []
            text: |-
              line one
              line two
            when: 1970-01-01T00:00:00.000Z
            nested:
            - - 1
              - 2
            - k: v
            true

            """, output);
    }

    [Fact]
    public void Stringify_of_scalars_specials_and_cycles()
    {
        var output = Run("""
            show([yaml.stringify('hi'), yaml.stringify(null), yaml.stringify(42), yaml.stringify([NaN, Infinity, -Infinity, 10n]), yaml.stringify(undefined), yaml.stringify(() => 1)]);
            const cycle = {}; cycle.self = cycle;
            try { yaml.stringify(cycle); } catch (e) { console.log(e.name, e.message); }
            const shared = { x: 1 };
            show(yaml.stringify({ a: shared, b: shared }));
            """);
        Assert.Equal("""
            ["hi\n","null\n","42\n","- .nan\n- .inf\n- -.inf\n- 10\n",null,null]
            TypeError Converting circular structure to YAML
            "a:\n  x: 1\nb:\n  x: 1\n"

            """, output);
    }

    [Fact]
    public void Documentation_names_every_function_with_its_parameters()
    {
        var module = Hatchery.Builtins.BuiltinModules.Create().Single(m => m.Name == "yaml");
        foreach (var signature in new[] { "parse(text)", "parseAll(text)", "stringify(value)" }) Assert.Contains(signature, module.Documentation);
        Assert.Equal(Hatchery.NativeModules.ModuleOrigin.Hatchery, module.Origin);
    }
}
