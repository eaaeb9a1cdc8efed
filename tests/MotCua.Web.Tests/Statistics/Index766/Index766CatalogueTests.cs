using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Features.Statistics.Index766;
using static MotCua.Web.Tests.Statistics.Index766.Index766Scenario;

namespace MotCua.Web.Tests.Statistics.Index766;

/// <summary>Indicators 3.1 and 3.2 counted from the catalogue for the province, a department (with its sub-units) and a commune.</summary>
public class Index766CatalogueTests
{
    private static readonly Agency Justice = Department(3, "Sở Tư pháp");
    private static readonly Agency Branch = new() { Id = 30, Code = "000.01.03.H19", Name = "Chi nhánh", NameEn = "Branch", Kind = AgencyKind.Branch, Level = AgencyLevel.Province, ParentId = 3 };
    private static readonly Agency Police = new() { Id = 20, Code = "000.00.20.H19", Name = "Công an tỉnh", NameEn = "Police", Kind = AgencyKind.Sector, Level = AgencyLevel.Province };
    private static readonly Agency TranBien = Commune(31, "Phường Trấn Biên");
    private static readonly Agency LongBinh = Commune(34, "Phường Long Bình");
    private static readonly OrganisationTree Tree = new([Justice, Branch, Police, TranBien, LongBinh]);

    private static readonly Index766Catalogue Catalogue = new(
    [
        new(1, AgencyLevel.Province, 3, Online: true),
        new(2, AgencyLevel.Province, 30, Online: true),    // the department's branch: counted for the department
        new(3, AgencyLevel.Province, 3, Online: false),
        new(4, AgencyLevel.Province, 20, Online: true),
        new(5, AgencyLevel.Commune, null, Online: true),    // every commune is competent
        new(6, AgencyLevel.Commune, null, Online: false),
    ],
    [
        new(30, 2),   // an online dossier of procedure 2 at the branch
        new(31, 5),   // procedure 5 online at Trấn Biên only
    ]);

    [Fact]
    public void A_department_counts_its_own_procedures_and_those_of_its_sub_units()
    {
        var figures = Catalogue.For(Justice, Tree);

        Assert.Equal(new Ratio(2, 3), figures.OnlineProcedures);      // 1, 2 online of 1, 2, 3
        Assert.Equal(new Ratio(1, 2), figures.OnlineProceduresUsed);  // 2 used of 1, 2
    }

    [Fact]
    public void A_commune_counts_the_commune_level_procedures_and_only_its_own_online_dossiers()
    {
        Assert.Equal(new Ratio(1, 2), Catalogue.For(TranBien, Tree).OnlineProcedures);
        Assert.Equal(new Ratio(1, 1), Catalogue.For(TranBien, Tree).OnlineProceduresUsed);
        Assert.Equal(new Ratio(0, 1), Catalogue.For(LongBinh, Tree).OnlineProceduresUsed);
    }

    [Fact]
    public void The_province_counts_every_procedure()
    {
        var figures = Catalogue.For(null, Tree);

        Assert.Equal(new Ratio(4, 6), figures.OnlineProcedures);
        Assert.Equal(new Ratio(2, 4), figures.OnlineProceduresUsed);
    }
}
