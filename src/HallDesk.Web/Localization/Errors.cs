namespace HallDesk.Web.Localization;

/// <summary>Marker for the texts of domain and request errors by key: Errors.resx (中文, the default) and Errors.en-US.resx.</summary>
public sealed class Errors;
