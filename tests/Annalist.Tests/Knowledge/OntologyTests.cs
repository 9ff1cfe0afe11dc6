using Annalist.Knowledge.Ontology;

namespace Annalist.Tests.Knowledge;

public sealed class OntologyTests
{
    private static EventOntology Ontology => ShippedKnowledge.Value.Ontology;

    [Theory]
    [InlineData("072", "Provide military aid", 8.3, QuadClass.MaterialCooperation)]
    [InlineData("112", "Accuse, not specified below", -2.0, QuadClass.VerbalConflict)]
    [InlineData("194", "Fight with artillery and tanks", -10.0, QuadClass.MaterialConflict)]
    [InlineData("010", "Make statement, not specified below", 0.0, QuadClass.VerbalCooperation)]
    [InlineData("106", "Demand meeting, negotiation", -5.0, QuadClass.VerbalConflict)]
    public void Cameo_codes_are_typed_with_name_Goldstein_and_quad_class(string code, string name, double goldstein, QuadClass quad)
    {
        var type = Ontology.Cameo(CameoCode.Parse(code));
        Assert.NotNull(type);
        Assert.Equal(name, type.Name);
        Assert.Equal(goldstein, Ontology.Goldstein(type.Code));
        Assert.Equal(quad, Ontology.QuadClassOf(type.Code));
        Assert.Equal(code[..2], type.Root);
    }

    [Theory]
    [InlineData("1213", -4.0)]
    [InlineData("176", -7.0)]
    [InlineData("1952", -10.0)]
    public void Codes_without_a_Goldstein_value_take_their_parents(string code, double expected) =>
        Assert.Equal(expected, Ontology.Goldstein(CameoCode.Parse(code)));

    [Theory]
    [InlineData("072", "AID", "", "military")]
    [InlineData("0333", "AGREE", "", "humanitarian")]
    [InlineData("0841", "RETREAT", "release", "legal")]
    [InlineData("112", "ACCUSE", "disapprove", "")]
    [InlineData("1951", "ASSAULT", "heavy-weapons", "")]
    public void Cameo_codes_map_to_plover(string code, string eventType, string mode, string context)
    {
        var mapping = Ontology.ToPlover(CameoCode.Parse(code));
        Assert.NotNull(mapping);
        Assert.Equal(eventType, mapping.EventType);
        Assert.Equal(mode, mapping.Mode);
        if (context.Length > 0)
        {
            Assert.Contains(context, mapping.Contexts);
        }

        Assert.StartsWith("ontology/CAMEO2PLOVER-2021.txt:", mapping.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("116", "convict")]
    [InlineData("1631", "discontinue")]
    public void Reviewed_project_rows_follow_the_manual_where_the_2021_table_does_not(string code, string mode)
    {
        var mapping = Ontology.ToPlover(CameoCode.Parse(code));
        Assert.NotNull(mapping);
        Assert.Equal(("SANCTION", mode), (mapping.EventType, mapping.Mode));
        Assert.StartsWith("project/cameo-plover.txt:", mapping.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_and_appeals_have_no_plover_event() => Assert.Null(Ontology.ToPlover(CameoCode.Parse("010")));

    [Fact]
    public void Plover_event_types_modes_and_contexts_come_from_the_manual()
    {
        Assert.Equal(16, Ontology.PloverTypes.Count);
        var consult = Ontology.Plover("CONSULT");
        Assert.NotNull(consult);
        Assert.Equal(QuadClass.VerbalCooperation, consult.QuadClass);
        Assert.Contains(consult.Modes, m => m.Name == "visit");
        Assert.NotNull(Ontology.Context("military"));
        Assert.True(Ontology.PloverContexts.Count >= 30);
    }

    [Theory]
    [InlineData("074", true)]
    [InlineData("1952", true)]
    [InlineData("174L", false)]
    [InlineData("903", false)]
    public void Local_codes_are_kept_but_not_standard(string code, bool standard) =>
        Assert.Equal(standard, CameoCode.Parse(code).IsStandardForm);

    [Theory]
    [InlineData("1213", "12", true, false, true, "1213 121 12")]
    [InlineData("120", "12", true, true, true, "120 12")]
    [InlineData("030", "03", false, true, true, "030 03")]
    [InlineData("174L", "17", false, false, true, "174L 174 17")]
    [InlineData("900", "90", false, true, true, "900 90")]
    [InlineData("19", "19", false, false, false, "19")]
    public void Codes_tell_their_root_prefix_whether_they_are_a_roots_unspecified_code_and_their_prefixes(string code, string root, bool underTwelve, bool general, bool belowRoot, string prefixes)
    {
        var parsed = CameoCode.Parse(code);
        Assert.Equal(root, parsed.RootPrefix);
        Assert.Equal(underTwelve, parsed.IsUnder("12"));
        Assert.Equal(general, parsed.IsGeneral);
        Assert.Equal(belowRoot, parsed.IsBelowRoot);
        Assert.Equal(prefixes.Split(' '), parsed.Prefixes());
    }
}
