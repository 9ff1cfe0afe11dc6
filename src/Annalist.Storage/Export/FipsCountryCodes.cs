namespace Annalist.Storage.Export;

/// <summary>
/// ISO 3166-1 alpha-3 to FIPS 10-4 country codes, which GDELT's *Geo_CountryCode and *Geo_ADM1Code
/// columns use (actor country columns use CAMEO/ISO codes). Written from the FIPS 10-4 standard (US
/// government, public domain); Palestine is GDELT's WE (West Bank), Kosovo KV.
/// </summary>
public static class FipsCountryCodes
{
    private const string Table =
        "AFG AF ALB AL DZA AG ASM AQ AND AN AGO AO AIA AV ATA AY ATG AC ARG AR ARM AM ABW AA AUS AS AUT AU AZE AJ " +
        "BHS BF BHR BA BGD BG BRB BB BLR BO BEL BE BLZ BH BEN BN BMU BD BTN BT BOL BL BIH BK BWA BC BVT BV BRA BR " +
        "IOT IO BRN BX BGR BU BFA UV BDI BY CPV CV KHM CB CMR CM CAN CA CYM CJ CAF CT TCD CD CHL CI CHN CH CXR KT " +
        "CCK CK COL CO COM CN COG CF COD CG COK CW CRI CS CIV IV HRV HR CUB CU CUW UC CYP CY CZE EZ DNK DA DJI DJ " +
        "DMA DO DOM DR ECU EC EGY EG SLV ES GNQ EK ERI ER EST EN SWZ WZ ETH ET FLK FK FRO FO FJI FJ FIN FI FRA FR " +
        "GUF FG PYF FP ATF FS GAB GB GMB GA GEO GG DEU GM GHA GH GIB GI GRC GR GRL GL GRD GJ GLP GP GUM GQ GTM GT " +
        "GGY GK GIN GV GNB PU GUY GY HTI HA HMD HM VAT VT HND HO HKG HK HUN HU ISL IC IND IN IDN ID IRN IR IRQ IZ " +
        "IRL EI IMN IM ISR IS ITA IT JAM JM JPN JA JEY JE JOR JO KAZ KZ KEN KE KIR KR PRK KN KOR KS KWT KU KGZ KG " +
        "LAO LA LVA LG LBN LE LSO LT LBR LI LBY LY LIE LS LTU LH LUX LU MAC MC MDG MA MWI MI MYS MY MDV MV MLI ML " +
        "MLT MT MHL RM MTQ MB MRT MR MUS MP MYT MF MEX MX FSM FM MDA MD MCO MN MNG MG MNE MJ MSR MH MAR MO MOZ MZ " +
        "MMR BM NAM WA NRU NR NPL NP NLD NL NCL NC NZL NZ NIC NU NER NG NGA NI NIU NE NFK NF MKD MK MNP CQ NOR NO " +
        "OMN MU PAK PK PLW PS PSE WE PAN PM PNG PP PRY PA PER PE PHL RP PCN PC POL PL PRT PO PRI RQ QAT QA REU RE " +
        "ROU RO RUS RS RWA RW BLM TB SHN SH KNA SC LCA ST MAF RN SPM SB VCT VC WSM WS SMR SM STP TP SAU SA SEN SG " +
        "SRB RI SYC SE SLE SL SGP SN SXM NN SVK LO SVN SI SLB BP SOM SO ZAF SF SGS SX SSD OD ESP SP LKA CE SDN SU " +
        "SUR NS SJM SV SWE SW CHE SZ SYR SY TWN TW TJK TI TZA TZ THA TH TLS TT TGO TO TKL TL TON TN TTO TD TUN TS " +
        "TUR TU TKM TX TCA TK TUV TV UGA UG UKR UP ARE AE GBR UK USA US URY UY UZB UZ VUT NH VEN VE VNM VM VGB VI " +
        "VIR VQ WLF WF ESH WI YEM YM ZMB ZA ZWE ZI XKX KV KOS KV KSV KV";

    private static readonly Dictionary<string, string> ByIso3 = Build();

    /// <summary>The FIPS code of an ISO alpha-3 country, or the empty string when it has none (or the code is unknown).</summary>
    public static string FromIso3(string? iso3) =>
        iso3 is not null && ByIso3.TryGetValue(iso3.Trim().ToUpperInvariant(), out var fips) ? fips : string.Empty;

    private static Dictionary<string, string> Build()
    {
        var parts = Table.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var map = new Dictionary<string, string>(parts.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            map[parts[i]] = parts[i + 1];
        }

        return map;
    }
}
