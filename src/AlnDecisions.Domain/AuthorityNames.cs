namespace AlnDecisions.Domain;

/// <summary>How families know each authority, in English and Welsh, for next steps and explanations.</summary>
public static class AuthorityNames
{
    private static readonly Dictionary<string, LocalisedText> Names = new(StringComparer.Ordinal)
    {
        ["isle-of-anglesey"] = new("Isle of Anglesey County Council", "Cyngor Sir Ynys Môn"),
        ["gwynedd"] = new("Gwynedd Council", "Cyngor Gwynedd"),
        ["conwy"] = new("Conwy County Borough Council", "Cyngor Bwrdeistref Sirol Conwy"),
        ["denbighshire"] = new("Denbighshire County Council", "Cyngor Sir Ddinbych"),
        ["flintshire"] = new("Flintshire County Council", "Cyngor Sir y Fflint"),
        ["wrexham"] = new("Wrexham County Borough Council", "Cyngor Bwrdeistref Sirol Wrecsam"),
        ["powys"] = new("Powys County Council", "Cyngor Sir Powys"),
        ["ceredigion"] = new("Ceredigion County Council", "Cyngor Sir Ceredigion"),
        ["pembrokeshire"] = new("Pembrokeshire County Council", "Cyngor Sir Penfro"),
        ["carmarthenshire"] = new("Carmarthenshire County Council", "Cyngor Sir Gâr"),
        ["swansea"] = new("City and County of Swansea", "Dinas a Sir Abertawe"),
        ["neath-port-talbot"] = new("Neath Port Talbot Council", "Cyngor Castell-nedd Port Talbot"),
        ["bridgend"] = new("Bridgend County Borough Council", "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr"),
        ["vale-of-glamorgan"] = new("Vale of Glamorgan Council", "Cyngor Bro Morgannwg"),
        ["rhondda-cynon-taf"] = new("Rhondda Cynon Taf County Borough Council", "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf"),
        ["merthyr-tydfil"] = new("Merthyr Tydfil County Borough Council", "Cyngor Bwrdeistref Sirol Merthyr Tudful"),
        ["caerphilly"] = new("Caerphilly County Borough Council", "Cyngor Bwrdeistref Sirol Caerffili"),
        ["blaenau-gwent"] = new("Blaenau Gwent County Borough Council", "Cyngor Bwrdeistref Sirol Blaenau Gwent"),
        ["torfaen"] = new("Torfaen County Borough Council", "Cyngor Bwrdeistref Sirol Torfaen"),
        ["monmouthshire"] = new("Monmouthshire County Council", "Cyngor Sir Fynwy"),
        ["newport"] = new("Newport City Council", "Cyngor Dinas Casnewydd"),
        ["cardiff"] = new("Cardiff Council", "Cyngor Caerdydd"),
        [Authorities.England] = new("the local authority in England", "yr awdurdod lleol yn Lloegr"),
        [Authorities.OutsideWalesAndEngland] = new("the authority where the learner lives", "yr awdurdod lle mae'r dysgwr yn byw"),
    };

    /// <summary>The authority's name; the code itself for anything unknown.</summary>
    public static LocalisedText Of(string code) => Names.TryGetValue(code, out var name) ? name : new LocalisedText(code, code);
}
