package nl.voortgang.command.importing;

/** What is wrong in one cell of an uploaded file (row 1 is the header; row 0 the file itself). */
public record ImportProblem(int row, String column, String message) {
}
