package jembatan.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;
import jembatan.source.SettledTime;

/**
 * What a write left in a tree of the site: its root folder's identity, each file's size and
 * identity (0 where the write did not look) by its name inside the tree, and the time of each
 * folder above them.
 * The next write into that tree, two builds later (the trees take turns as {@code site/} and the
 * staging folder), lists only the folders whose time is not the one recorded, and takes the others
 * to hold what the record says: adding, removing or replacing an entry changes a folder's time.
 * On the 2 x 5,000-article site, listing the staging folder's 10,500 folders and looking at each
 * entry was most of a write after one edit; a look at each folder is a sixth of that.
 *
 * <p>A folder whose recorded time is less than two seconds older than the record is listed
 * anyway: a change within one tick of the file system's clock keeps the time (as git treats
 * such "racy" entries). A record whose tree is not the one found, or that is damaged, is not used.
 */
record StagedTree(long root, long settledBefore, Map<String, Long> folders, Map<String, Staged> files) {
    private static final byte[] MAGIC = "jembatan staged tree 1\n".getBytes(StandardCharsets.US_ASCII);

    /** A file in the tree: its size, and its identity ({@link jembatan.html.SiteFile.Published#identityOf}), 0 when unknown. */
    record Staged(long size, long identity) {
    }

    /**
     * The record in {@code file} of the tree whose root has the identity {@code root}, with the
     * time before which its folders had settled (two seconds before the file was written).
     */
    static Optional<StagedTree> read(Path file, long root) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
            long settledBefore = SettledTime.before(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS));
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < MAGIC.length + Long.BYTES || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return Optional.empty();
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - Long.BYTES);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length - MAGIC.length));
            long recordedRoot = in.readLong();
            if (recordedRoot != root) return Optional.empty();
            int fileCount = in.readInt();
            List<String> names = new ArrayList<>(fileCount);
            Map<String, Staged> files = new HashMap<>(fileCount * 2);
            for (int i = 0; i < fileCount; i++) {
                String name = in.readUTF();
                names.add(name);
                files.put(name, new Staged(in.readLong(), in.readLong()));
            }
            List<String> folderNames = foldersOf(names);
            if (in.readInt() != folderNames.size()) return Optional.empty();
            Map<String, Long> folders = new HashMap<>(folderNames.size() * 2);
            for (String folder : folderNames) folders.put(folder, in.readLong());
            if (in.readLong() != (int) crc.getValue() || in.available() != 0) return Optional.empty();
            return Optional.of(new StagedTree(root, settledBefore, folders, files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The folders above {@code files} (the tree's own excepted), each once, in the order the files name them, nearest first. */
    static List<String> foldersOf(List<String> files) {
        List<String> folders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String file : files) {
            for (String folder = StagingFolder.parentOf(file); !folder.isEmpty() && seen.add(folder); folder = StagingFolder.parentOf(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /** Whether the folder {@code name} is as recorded, now that it has the time {@code modified}. */
    boolean vouchesFor(String name, long modified) {
        Long recorded = folders.get(name);
        return recorded != null && recorded == modified && modified < settledBefore;
    }

    /** Writes the record to {@code file}, replacing what is there. */
    void write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * (folders.size() + files.size()) + 64);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.writeLong(root);
        out.writeInt(files.size());
        List<String> names = new ArrayList<>(files.size());
        for (Map.Entry<String, Staged> staged : files.entrySet()) {
            names.add(staged.getKey());
            out.writeUTF(staged.getKey());
            out.writeLong(staged.getValue().size());
            out.writeLong(staged.getValue().identity());
        }
        // The folders are those above the files, in the order the files name them: only their times are written.
        List<String> folderNames = foldersOf(names);
        out.writeInt(folderNames.size());
        for (String folder : folderNames) {
            Long time = folders.get(folder);
            if (time == null) throw new IOException("no time for the folder " + folder);
            out.writeLong(time);
        }
        out.flush();
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeLong((int) crc.getValue());
        try (OutputStream to = Files.newOutputStream(file)) {
            bytes.writeTo(to);
        }
    }
}
