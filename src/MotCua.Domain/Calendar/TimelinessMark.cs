namespace MotCua.Domain.Calendar;

/// <summary>Trước hạn, đúng hạn, quá hạn: the result column of the control slip (Circular 01/2018/TT-VPCP, form 05).</summary>
public enum TimelinessMark
{
    Early,
    OnTime,
    Late,
}
