package nl.voortgang.command.importing;

import java.util.List;

/** An upload that imports nothing, with every problem found. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the file");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
