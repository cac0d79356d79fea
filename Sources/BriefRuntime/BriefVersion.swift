/// The version `brief --version` prints.
public enum BriefVersion {
    public static let current = "0.5.0"
}
