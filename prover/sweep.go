package prover

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/rs/zerolog"
)

// staleTemp is how long a key store's temporary file or folder must have
// been left alone (its newest modification) before Open removes it: a
// setup or refresh under way in another process writes into its own
// continually (a class folder is written in tens of seconds, even at
// segment class 2^15), so only a crashed one's is that old.
const staleTemp = time.Hour

// isTempName says whether name is one of the temporary names the key store
// writes through: a class folder being written (".class-<k>.tmp-…",
// writeClassDir), a file being replaced (".<file>.tmp-…", replaceFile:
// manifests, verifiers, checked stamps), and a checked stamp as versions
// before session 29 wrote it (".checked.json.….tmp").
func isTempName(name string) bool {
	return strings.HasPrefix(name, ".") && (strings.Contains(name, ".tmp-") || strings.HasSuffix(name, ".tmp"))
}

// sweepTemps removes the temporary files and folders that a process killed
// while writing the key store root left behind (a setup killed while it
// wrote its class folder leaves the proving key: gigabytes at segment class
// 2^15), in root and in its class folders, once they are older than
// staleTemp at now. It returns what it removed; what it cannot read or
// remove is logged and left.
func sweepTemps(root string, now time.Time, log zerolog.Logger) []string {
	var removed []string
	sweep := func(dir string) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			if !os.IsNotExist(err) {
				log.Warn().Err(err).Str("dir", dir).Msg("key store not swept of temporary files")
			}
			return
		}
		for _, e := range entries {
			if !isTempName(e.Name()) {
				continue
			}
			path := filepath.Join(dir, e.Name())
			if newest, ok := newestChange(path); !ok || now.Sub(newest) < staleTemp {
				continue
			}
			if err := os.RemoveAll(path); err != nil {
				log.Warn().Err(err).Str("path", path).Msg("temporary key store file left by an interrupted write not removed")
				continue
			}
			log.Info().Str("path", path).Msg("temporary key store file left by an interrupted write removed")
			removed = append(removed, path)
		}
	}
	sweep(root)
	ids, err := ListClasses(root)
	if err != nil {
		log.Warn().Err(err).Str("dir", root).Msg("key store not swept of temporary files")
	}
	for _, id := range ids {
		sweep(ClassDir(root, id))
	}
	return removed
}

// newestChange is the latest modification time of path and, for a folder,
// of everything in it; false when some of it cannot be read.
func newestChange(path string) (time.Time, bool) {
	var newest time.Time
	err := filepath.WalkDir(path, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if t := info.ModTime(); t.After(newest) {
			newest = t
		}
		return nil
	})
	return newest, err == nil
}
