using Perhesilta.Platform.AccessLog;

namespace Perhesilta.Features.Desk;

/// <summary>Why a manager opens a contact's personal details; chosen before the details are shown, and logged with the view.</summary>
public enum ContactAccessPurpose
{
    /// <summary>Supervising the service (valvonta ja esihenkilötyö).</summary>
    Supervision,

    /// <summary>Handling a complaint about how the family was served (muistutus, kantelu).</summary>
    Complaint,

    /// <summary>The client's request to see or receive their data (tarkastusoikeus).</summary>
    ClientRequest,

    /// <summary>Correcting the record.</summary>
    RecordCorrection,
}

public static class ContactAccessPurposes
{
    /// <summary>The access-log purpose code of <paramref name="purpose"/>.</summary>
    public static string Code(this ContactAccessPurpose purpose) => purpose switch
    {
        ContactAccessPurpose.Supervision => AccessPurposes.Supervision,
        ContactAccessPurpose.Complaint => AccessPurposes.Complaint,
        ContactAccessPurpose.ClientRequest => AccessPurposes.ClientRequest,
        ContactAccessPurpose.RecordCorrection => AccessPurposes.RecordCorrection,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };
}
